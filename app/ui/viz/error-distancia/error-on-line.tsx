import { useEffect, useState, type KeyboardEvent } from 'react';
import { ErrorLineScene } from '../draw/error-line-scene';
import { LINE_MAX, LINE_MIN } from '../draw/error-line';
import { pointError, seededTarget } from '../model/error-distance';
import { formatNumber } from '../model/format';
import { CanvasBox } from '../shared/canvas-box';
import { LabelledSlider } from '../shared/labelled-slider';
import { NumbersTable } from '../shared/numbers-table';
import { useCanvasScene } from '../shared/use-canvas-scene';
import { VizFrame } from '../shared/viz-frame';

function describe(prediction: number, target: number): string {
  const { e, size, squared } = pointError(prediction, target);
  return `y = ${formatNumber(target)}, ŷ = ${formatNumber(prediction)}: e = ŷ − y = ${formatNumber(e)}, |e| = ${formatNumber(size)}, e² = ${formatNumber(squared)}.`;
}

/** One target y and a prediction ŷ the learner drags along the line; e, |e| and e² follow. */
export function ErrorOnLine({ seed }: { seed: number }) {
  const target = seededTarget(seed);
  const [prediction, setPrediction] = useState(() => target + (target > 0 ? -1.5 : 1.5));
  const [focused, setFocused] = useState(false);
  const [status, setStatus] = useState('');
  const { canvasRef, sceneRef } = useCanvasScene((canvas) => new ErrorLineScene(canvas, target, prediction, commit));

  useEffect(() => sceneRef.current?.show(target, prediction, focused), [sceneRef, target, prediction, focused]);

  function commit(value: number) {
    const clamped = Math.round(Math.min(LINE_MAX, Math.max(LINE_MIN, value)) * 100) / 100;
    setPrediction(clamped);
    setStatus(describe(clamped, target));
  }

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    const step = event.shiftKey ? 0.5 : 0.1;
    const moves: Record<string, number> = { ArrowRight: step, ArrowUp: step, ArrowLeft: -step, ArrowDown: -step };
    if (event.key in moves) commit(prediction + moves[event.key]!);
    else if (event.key === 'Home') commit(LINE_MIN);
    else if (event.key === 'End') commit(LINE_MAX);
    else return;
    event.preventDefault();
  }

  const { e, size, squared } = pointError(prediction, target);
  return (
    <VizFrame
      name="ErrorDistancia"
      title="El error como distancia"
      hint="Arrastra ŷ por la recta (o usa las flechas con el foco en el dibujo). El cuadrado tiene lado |e|: su área es el error al cuadrado."
      status={status || describe(prediction, target)}
      numbers={
        <NumbersTable
          caption="Valores dibujados"
          headers={['Magnitud', 'Valor']}
          rows={[['objetivo y', formatNumber(target)], ['predicción ŷ', formatNumber(prediction)], ['error e = ŷ − y', formatNumber(e)], ['distancia |e|', formatNumber(size)], ['error al cuadrado e²', formatNumber(squared)]]}
        />
      }
    >
      <div onFocus={() => setFocused(true)} onBlur={() => setFocused(false)}>
        <CanvasBox
          canvasRef={canvasRef}
          label={`Recta numérica de ${LINE_MIN} a ${LINE_MAX} con el objetivo y = ${formatNumber(target)} y la predicción ŷ = ${formatNumber(prediction)}; una flecha marca el error e y un cuadrado de lado |e| su cuadrado e².`}
          keysHelp="Con el foco aquí, las flechas mueven ŷ (con Mayús, más deprisa)."
          aspect="2 / 1"
          maxHeight={320}
          onKeyDown={onKeyDown}
          draggable
        />
      </div>
      <LabelledSlider label="ŷ" value={prediction} min={LINE_MIN} max={LINE_MAX} step={0.05} display={formatNumber(prediction)} onChange={commit} />
    </VizFrame>
  );
}
