'use client';

import { memo, useEffect, useId, useRef, useState } from 'react';
import { allParams, type ParamRef } from '@/lib/engine';
import { drawLandscape } from './draw/landscape';
import { num } from './format';
import { labLandscape, type LabLandscape } from './model/landscape';
import type { LabSession } from './model/lab-session';
import { paramName } from './model/param-names';
import { flatIndex } from './model/weight-trail';
import { btn, fieldLabel, panel, select } from './styles';


const keyOf = (p: ParamRef) => `${p.layer}-${p.kind}-${p.index}`;

/**
 * Loss landscape: the mean training loss over a grid of two chosen weights (± 2 around their
 * current values, every other weight fixed), computed by the engine when asked, with the
 * path those two weights took during training. Memoised on the session, so training does
 * not rebuild the two long lists of parameters.
 */
export const LossLandscape = memo(function LossLandscape({ session }: { session: LabSession }) {
  const { net, settings } = session;
  const features = settings.features;
  const id = useId();
  const params = allParams(net);
  const [p1, setP1] = useState(keyOf(params[0]!));
  const [p2, setP2] = useState(keyOf(params[1] ?? params[0]!));
  const [view, setView] = useState<{ land: LabLandscape; path: [number, number][] } | null>(null);
  const land = view?.land ?? null;
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (view && canvas.current) drawLandscape(canvas.current, view.land, view.path);
  }, [view]);
  const find = (k: string) => params.find((p) => keyOf(p) === k)!;
  const compute = () => {
    const a = find(p1);
    const b = find(p2);
    setView({ land: labLandscape(net, session.data.trainX, session.data.trainY, a, b), path: session.trail.path(flatIndex(net, a), flatIndex(net, b)) });
  };
  const picker = (label: string, value: string, set: (v: string) => void, suffix: string) => (
    <div className="min-w-0 flex-1">
      <label className={fieldLabel} htmlFor={`${id}-${suffix}`}>
        {label}
      </label>
      <select id={`${id}-${suffix}`} className={select} value={value} onChange={(e) => set(e.target.value)}>
        {params.map((p) => (
          <option key={keyOf(p)} value={keyOf(p)}>
            {paramName(net, p, features)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className={`${panel} space-y-2 text-sm`}>
      <p className="font-semibold">Paisaje de la pérdida</p>
      <div className="flex flex-wrap gap-2">
        {picker('Eje horizontal', p1, setP1, 'p1')}
        {picker('Eje vertical', p2, setP2, 'p2')}
      </div>
      <button type="button" className={btn} disabled={p1 === p2} onClick={compute}>
        {land ? 'Recalcular el paisaje' : 'Calcular el paisaje'}
      </button>
      {p1 === p2 && <p className="text-xs text-slate-600 dark:text-slate-400">Elige dos parámetros distintos.</p>}
      {land && (
        <div className="flex flex-wrap items-start gap-3">
          <canvas
            ref={canvas}
            width={200}
            height={200}
            className="h-40 w-40 shrink-0 rounded border border-slate-300 dark:border-slate-600"
            role="img"
            aria-label={`Pérdida sobre una rejilla de ${land.values1.length} × ${land.values2.length} valores: claro es poca pérdida, oscuro mucha. El círculo marca los pesos actuales, la línea blanca el camino que han seguido al entrenar y la cruz el mínimo de la rejilla.`}
          />
          <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs" data-testid="paisaje-resumen">
            <dt>Horizontal</dt>
            <dd>{paramName(net, land.p1, features)}, de {num(land.values1[0]!)} a {num(land.values1[land.values1.length - 1]!)}</dd>
            <dt>Vertical</dt>
            <dd>{paramName(net, land.p2, features)}, de {num(land.values2[0]!)} a {num(land.values2[land.values2.length - 1]!)}</dd>
            <dt>Ahora</dt>
            <dd className="font-mono">L = {num(land.currentLoss)} en ({num(land.current[0])}; {num(land.current[1])})</dd>
            <dt>Mínimo</dt>
            <dd className="font-mono">L = {num(land.best.loss)} en ({num(land.best.v1)}; {num(land.best.v2)})</dd>
          </dl>
        </div>
      )}
    </div>
  );
});
