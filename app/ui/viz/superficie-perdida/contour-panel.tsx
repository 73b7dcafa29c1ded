import { useEffect, useState, type KeyboardEvent } from 'react';
import { ContourScene } from '../draw/contour-scene';
import type { SurfacePicture } from '../draw/surface-picture';
import { formatNumber } from '../model/format';
import { CanvasBox } from '../shared/canvas-box';
import { useCanvasScene } from '../shared/use-canvas-scene';
import { ContourLegend } from './contour-legend';

interface ContourPanelProps {
  picture: SurfacePicture;
  start: readonly [number, number];
  onPick: (w: number, b: number) => void;
}

/** The contour map: click (or arrow keys) to move the start point of the descent. */
export function ContourPanel({ picture, start, onPick }: ContourPanelProps) {
  const [focused, setFocused] = useState(false);
  const { canvasRef, sceneRef } = useCanvasScene((canvas) => new ContourScene(canvas, picture, onPick));

  useEffect(() => sceneRef.current?.show({ ...picture, focused }), [sceneRef, picture, focused]);

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    const d = event.shiftKey ? 0.5 : 0.1;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-d, 0], ArrowRight: [d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onPick(start[0] + move[0], start[1] + move[1]);
  }

  return (
    <div className="space-y-2" onFocus={() => setFocused(true)} onBlur={() => setFocused(false)}>
      <CanvasBox
        canvasRef={canvasRef}
        label={`Mapa de contorno de la pérdida sobre w (horizontal) y b (vertical): colores oscuros para pérdida baja, claros para alta. El descenso parte de w = ${formatNumber(start[0])}, b = ${formatNumber(start[1])}.`}
        keysHelp="Pulsa en el mapa para elegir el punto de partida; con el foco aquí, las flechas lo mueven (con Mayús, más lejos)."
        aspect="1 / 1"
        maxHeight={460}
        onKeyDown={onKeyDown}
      />
      <ContourLegend min={picture.grid.min} levels={picture.levels} />
    </div>
  );
}
