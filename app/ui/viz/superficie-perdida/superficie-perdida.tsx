'use client';

import { useMemo, useState } from 'react';
import type { SurfacePicture } from '../draw/surface-picture';
import { descend2D, verdict2D } from '../model/descent-2d';
import { formatNumber } from '../model/format';
import { descentArrowTip } from '../model/gradient-arrow';
import { SURFACE_WINDOW } from '../model/line-data';
import { surfaceModel } from '../model/surface-model';
import { VERDICT_TEXT } from '../model/verdict-text';
import { parseSurfaceProps } from '../model/viz-props';
import { StepControls } from '../shared/step-controls';
import { useStepPlayer } from '../shared/use-player';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { VizFrame } from '../shared/viz-frame';
import { ContourPanel } from './contour-panel';
import { PathNumbers } from './path-numbers';
import { SurfacePanel } from './surface-panel';

const MAX_STEPS = 300;

/** `<SuperficiePerdida vista="ambas" semilla="5" tasa="0.1" />`: the loss of ŷ = w·x + b over (w, b), and gradient descent on it. */
export function SuperficiePerdida(props: { vista?: string; semilla?: string; tasa?: string }) {
  const { view, seed, eta } = useMemo(() => parseSurfaceProps(props), [props]);
  const { fit, grid, levels } = surfaceModel(seed);
  const [start, setStart] = useState<readonly [number, number]>([-1, 3]);
  const path = useMemo(() => descend2D(fit, start[0], start[1], eta, MAX_STEPS), [fit, start, eta]);
  const [step, setStep] = useState(0);
  const [status, setStatus] = useState('');
  const reducedMotion = useReducedMotion();
  const k = Math.min(step, path.count - 1);
  const arrowTip = useMemo(() => descentArrowTip(fit, path.w[k]!, path.b[k]!, path.dw[k]!, path.db[k]!, 0.9), [fit, path, k]);
  const picture: SurfacePicture = useMemo(() => ({ grid, levels, path, step: k, arrowTip, focused: false }), [grid, levels, path, k, arrowTip]);
  const canStep = k < path.count - 1;

  function describeStep(at: number): string {
    const v = verdict2D(path, at);
    const where = `Paso ${at}: w = ${formatNumber(path.w[at]!)}, b = ${formatNumber(path.b[at]!)}, L = ${formatNumber(path.loss[at]!, 3)}; ∇L = (${formatNumber(path.dw[at]!)}, ${formatNumber(path.db[at]!)}).`;
    const end = at === path.count - 1 && path.ending !== 'pasos' ? (path.ending === 'diverge' ? ' Diverge: la pérdida crece sin control.' : ' Mínimo alcanzado: el gradiente es casi cero.') : '';
    return `${where} ${VERDICT_TEXT[v]}.${end}`;
  }

  function goTo(at: number) {
    setStep(at);
    setStatus(describeStep(at));
  }

  const player = useStepPlayer(k, path.count - 1, goTo, 120, reducedMotion);

  function pickStart(w: number, b: number) {
    const snap = (v: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, v)) * 20) / 20;
    const next = [snap(w, SURFACE_WINDOW.wMin, SURFACE_WINDOW.wMax), snap(b, SURFACE_WINDOW.bMin, SURFACE_WINDOW.bMax)] as const;
    player.pause();
    setStart(next);
    setStep(0);
    setStatus(`Nuevo punto de partida: w = ${formatNumber(next[0])}, b = ${formatNumber(next[1])}.`);
  }

  return (
    <VizFrame
      name="SuperficiePerdida"
      title="Paisaje de la pérdida"
      hint={`L(w, b) = (1/2n)·Σ (w·xᵢ + b − yᵢ)² sobre ${fit.data.xs.length} puntos. Elige el punto de partida pulsando en el mapa de contorno (o con las flechas) y avanza con η = ${formatNumber(eta, 3)}. La flecha marca −∇L, hacia donde la pérdida baja más deprisa.`}
      status={status || describeStep(k)}
      numbers={<PathNumbers path={path} last={k} />}
    >
      <div className={view === 'ambas' ? 'grid gap-4 md:grid-cols-2' : ''}>
        {view !== '3d' && <ContourPanel picture={picture} start={start} onPick={pickStart} />}
        {view !== 'contorno' && <SurfacePanel picture={picture} />}
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <StepControls
          canStep={canStep}
          playing={player.playing}
          onStep={() => goTo(k + 1)}
          onPlay={player.play}
          onPause={player.pause}
          onReset={() => {
            player.pause();
            goTo(0);
          }}
        />
        <p className="m-0 text-sm tabular-nums">
          Paso {k} · L = {formatNumber(path.loss[k]!, 3)} · <strong>{VERDICT_TEXT[verdict2D(path, k)]}</strong>
        </p>
      </div>
    </VizFrame>
  );
}
