'use client';

import type { Chart as ChartInstance } from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { EtaSlider, etaText } from '../actualizacion-pesos/eta-slider';
import { LossChart } from '../curva-perdida/loss-chart';
import type { CurvePoint } from '../draw/training-loop';
import { formatNumber } from '../model/format';
import { StepControls } from '../shared/step-controls';
import { usePalette } from '../shared/use-palette';
import { usePlayer } from '../shared/use-player';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { VizFrame } from '../shared/viz-frame';
import { lossTrend, TREND_LABEL, TREND_TEXT } from './loss-trend';
import { NetworkRun, seededExamples, weightRefs } from './network-run';
import { parseRedProps } from './red-props';
import { RedNumbers } from './red-numbers';
import { WeightArrows } from './weight-arrows';

const STEPS_PER_TICK = 2;

/**
 * `<ActualizacionRed capas="2 3 1" eta="0.1" semilla="4" pasos="200" />`: every weight of a
 * small network moves at once on each step; arrows show how far each has travelled and the
 * loss curve how the small steps add up, or how a large η makes it oscillate and diverge.
 */
export function ActualizacionRed(props: { capas?: string; eta?: string; semilla?: string; pasos?: string }) {
  const config = useMemo(() => parseRedProps(props), [props]);
  const examples = useMemo(() => seededExamples(config.seed), [config]);
  const refs = useMemo(() => weightRefs(config.sizes), [config]);
  const fresh = () => {
    const run = new NetworkRun(config.sizes, examples, config.seed);
    return { run, points: [{ x: 0, y: run.losses[0]! }] as CurvePoint[] };
  };
  const [{ run, points }, setRun] = useState(fresh);
  const [, setShownSteps] = useState(0);
  const [eta, setEta] = useState(config.eta);
  const [status, setStatus] = useState('');
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const chartRef = useRef<ChartInstance<'line', CurvePoint[]> | undefined>(undefined);
  const canStep = !run.diverged && run.steps < config.maxSteps;

  /** Runs up to `count` steps, appends them to the curve and re-renders; false when no more can run. */
  function advance(count: number): boolean {
    for (let k = 0; k < count && run.steps < config.maxSteps && run.step(eta); k++) points.push({ x: run.steps, y: run.losses[run.steps]! });
    setShownSteps(run.steps);
    return !run.diverged && run.steps < config.maxSteps;
  }

  function announce() {
    const loss = run.losses[run.steps]!;
    setStatus(`Paso ${run.steps}: pérdida ${formatNumber(loss, 4)} con η = ${etaText(eta)}. ${TREND_TEXT[lossTrend(run.losses, run.diverged)]}`);
  }

  function tick(): boolean {
    const more = advance(STEPS_PER_TICK);
    if (!more) announce();
    return more;
  }
  function runToEnd() {
    advance(config.maxSteps);
    announce();
  }
  const player = usePlayer(tick, runToEnd, 40, reducedMotion);
  useEffect(() => {
    chartRef.current?.update('none');
  });

  const trend = lossTrend(run.losses, run.diverged);
  const startLoss = run.losses[0]!;
  return (
    <VizFrame
      name="ActualizacionRed"
      title="Todos los pesos a la vez"
      hint={`Una red ${config.sizes.join('-')} aprende ${examples.count} ejemplos. Cada paso calcula el gradiente de la pérdida media y mueve todos los pesos a la vez. Cambia η entre pasos y mira la curva.`}
      status={status}
      numbers={<RedNumbers run={run} refs={refs} />}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <p className="mt-0 mb-1 text-sm font-medium">Los pesos: del valor inicial (○) al actual (●)</p>
          <WeightArrows
            refs={refs}
            start={run.start}
            now={run.net.layers.map((layer) => layer.W)}
            palette={palette}
            label={`Los ${refs.length} pesos de la red tras ${run.steps} pasos: cada uno con una flecha desde su valor inicial hasta el actual.`}
          />
        </div>
        <div>
          <p className="mt-0 mb-1 text-sm font-medium">La pérdida media, paso a paso</p>
          <LossChart
            chartRef={chartRef}
            points={points}
            epochs={config.maxSteps}
            yMax={Math.ceil(startLoss * 15) / 10}
            palette={palette}
            label={`Curva de pérdida: empieza en ${formatNumber(startLoss, 3)}; cada punto es la pérdida tras un paso (una época sobre los ${examples.count} ejemplos).`}
          />
        </div>
      </div>
      <EtaSlider eta={eta} onChange={setEta} />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <StepControls
          canStep={canStep}
          playing={player.playing}
          onStep={() => {
            advance(1);
            announce();
          }}
          onPlay={() => {
            setStatus('Entrenando…');
            player.play();
          }}
          onPause={() => {
            player.pause();
            announce();
          }}
          onReset={() => {
            player.pause();
            setRun(fresh());
            setShownSteps(0);
            setStatus('Red reiniciada con los pesos iniciales.');
          }}
        />
        <span className="text-sm tabular-nums">
          Paso {run.steps} de {config.maxSteps} · pérdida {formatNumber(run.losses[run.steps]!, 4)} ·{' '}
          <span className={trend === 'baja' || trend === 'inicio' ? '' : 'font-semibold text-orange-800 dark:text-orange-300'}>{TREND_LABEL[trend]}</span>
        </span>
      </div>
    </VizFrame>
  );
}
