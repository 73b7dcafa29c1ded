import { useEffect } from 'react';
import { type DescentPanelPicture, paintDescentPanel } from '../draw/descent-panel';
import { PaintScene } from '../draw/paint-scene';
import { verdict } from '../model/descent-1d';
import { formatNumber } from '../model/format';
import { VERDICT_TEXT } from '../model/verdict-text';
import { CanvasBox } from '../shared/canvas-box';
import { useCanvasScene } from '../shared/use-canvas-scene';

interface DescentPanelProps {
  title: string;
  picture: DescentPanelPicture;
}

/** One run of gradient descent on the shared curve, with its step, loss and verdict. */
export function DescentPanel({ title, picture }: DescentPanelProps) {
  const { canvasRef, sceneRef } = useCanvasScene((canvas) => new PaintScene(canvas, picture, paintDescentPanel));
  useEffect(() => sceneRef.current?.show(picture), [sceneRef, picture]);
  const { run, step } = picture;
  const last = Math.min(step, run.count - 1);
  const state = verdict(run, step);
  const diverged = state === 'diverge';
  return (
    <div className="min-w-0 rounded-md border border-slate-200 p-2 dark:border-slate-800">
      <p className="m-0 text-sm font-semibold">
        {title} · η = {formatNumber(run.eta, run.eta < 0.01 ? 3 : 2)}
      </p>
      <CanvasBox
        canvasRef={canvasRef}
        label={`Curva de pérdida con el descenso de η = ${formatNumber(run.eta, 3)}: ${last} pasos, w = ${formatNumber(run.w[last]!)}, L = ${formatNumber(run.loss[last]!, 3)}. ${VERDICT_TEXT[state]}.`}
        aspect="4 / 3"
        maxHeight={300}
      />
      <p className="mt-1 mb-0 flex flex-wrap items-baseline justify-between gap-x-2 text-sm tabular-nums">
        <span>
          Paso {step} · L = {step < run.count ? formatNumber(run.loss[step]!, 3) : 'no finita'}
        </span>
        <span
          className={`rounded px-1.5 text-xs font-semibold ${diverged ? 'bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200' : 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200'}`}
        >
          {diverged ? 'diverge' : VERDICT_TEXT[state]}
        </span>
      </p>
    </div>
  );
}
