import { useEffect, useState, type KeyboardEvent } from 'react';
import { PITCH_MAX, PITCH_MIN, SurfaceScene } from '../draw/surface-scene';
import type { SurfacePicture } from '../draw/surface-picture';
import { CanvasBox } from '../shared/canvas-box';
import { LabelledSlider } from '../shared/labelled-slider';
import { useCanvasScene } from '../shared/use-canvas-scene';

const DEGREE = Math.PI / 180;

/** Turns an angle in degrees into [0, 360). */
function wrap(degrees: number): number {
  return ((Math.round(degrees) % 360) + 360) % 360;
}

/** The loss as a 3-D surface: drag, arrow keys or the "Girar" slider turn it. */
export function SurfacePanel({ picture }: { picture: SurfacePicture }) {
  // Looking along the valley of the default data, so its U-shaped cross-section shows.
  const [yaw, setYaw] = useState(135);
  const [pitch, setPitch] = useState(0.7);
  const { canvasRef, sceneRef } = useCanvasScene(
    (canvas) =>
      new SurfaceScene(canvas, picture, yaw * DEGREE, pitch, (y, p) => {
        setYaw(wrap(y / DEGREE));
        setPitch(p);
      }),
  );

  useEffect(() => sceneRef.current?.show(picture, yaw * DEGREE, pitch), [sceneRef, picture, yaw, pitch]);

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    if (event.key === 'ArrowLeft') setYaw((y) => wrap(y - 5));
    else if (event.key === 'ArrowRight') setYaw((y) => wrap(y + 5));
    else if (event.key === 'ArrowUp') setPitch((p) => Math.min(PITCH_MAX, p + 0.05));
    else if (event.key === 'ArrowDown') setPitch((p) => Math.max(PITCH_MIN, p - 0.05));
    else return;
    event.preventDefault();
  }

  return (
    <div className="space-y-2">
      <CanvasBox
        canvasRef={canvasRef}
        label="Superficie en 3D de la pérdida: la altura es L(w, b), un cuenco con el mínimo en el fondo; la línea clara es el camino del descenso."
        keysHelp="Arrastra para girarla; con el foco aquí, las flechas izquierda y derecha la giran y arriba y abajo la inclinan."
        aspect="1 / 1"
        maxHeight={460}
        onKeyDown={onKeyDown}
        draggable
      />
      <LabelledSlider label="Girar" value={yaw} min={0} max={359} step={1} display={`${yaw}°`} onChange={setYaw} />
    </div>
  );
}
