'use client';

import { useEffect, useRef } from 'react';
import { drawLossChart } from './draw/sparkline';
import { num } from './format';
import type { Evaluation, LabSession } from './model/lab-session';

interface Props {
  session: LabSession;
  evaluation: Evaluation;
  showTest: boolean;
  discretize: boolean;
  compact: boolean;
  registerOutput: (el: HTMLCanvasElement | null) => void;
  registerPoints: (el: HTMLCanvasElement | null) => void;
  onShowTest: (v: boolean) => void;
  onDiscretize: (v: boolean) => void;
  tick: number;
}

const pct = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : `${Math.round(x * 100)} %`);

/** The output heatmap with the data on top, the losses as numbers and as a small chart. */
export function OutputPanel({ session, evaluation: e, showTest, discretize, compact, registerOutput, registerPoints, onShowTest, onDiscretize, tick }: Props) {
  const chart = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!chart.current) return;
    const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    drawLossChart(chart.current, session.history.map((h) => h.train), session.history.map((h) => h.test), dark);
  }, [tick, session]);
  return (
    <div className="space-y-2">
      <div className="relative aspect-square w-full max-w-80 overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        <canvas ref={registerOutput} width={100} height={100} className="absolute inset-0 h-full w-full" role="img" aria-label="Salida de la red sobre el plano: azul para valores positivos, naranja para negativos" />
        <canvas ref={registerPoints} className="absolute inset-0 h-full w-full" aria-hidden="true" />
      </div>
      <dl className="grid grid-cols-2 gap-x-3 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">Pérdida (entrenamiento)</dt>
        <dd className="font-mono" data-testid="perdida-entrenamiento">{num(e.trainLoss)}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Pérdida (test)</dt>
        <dd className="font-mono" data-testid="perdida-test">{num(e.testLoss)}</dd>
        {!compact && e.train !== null && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Acierto (entr. / test)</dt>
            <dd className="font-mono">
              {pct(e.train.accuracy)} / {pct(e.test?.accuracy ?? null)}
            </dd>
          </>
        )}
      </dl>
      <canvas ref={chart} className="h-14 w-full max-w-80" role="img" aria-label="Evolución de la pérdida: línea continua de entrenamiento, discontinua de test" />
      {!compact && (
        <div className="flex flex-col gap-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={showTest} onChange={(ev) => onShowTest(ev.target.checked)} /> Mostrar datos de test
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={discretize} onChange={(ev) => onDiscretize(ev.target.checked)} /> Discretizar salida
          </label>
        </div>
      )}
    </div>
  );
}
