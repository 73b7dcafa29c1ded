'use client';

import { useMemo, useState } from 'react';
import { descend1D, verdict } from '../model/descent-1d';
import { formatNumber } from '../model/format';
import { fromLogSlider, tidy, toLogSlider, LOG_SLIDER_STEPS } from '../model/log-scale';
import { CURVES, sampleCurve, sampledRange, seededStart } from '../model/loss-curves';
import { VERDICT_TEXT } from '../model/verdict-text';
import { parseDescentProps } from '../model/viz-props';
import { LabelledSlider } from '../shared/labelled-slider';
import { StepControls } from '../shared/step-controls';
import { useStepPlayer } from '../shared/use-player';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { VizFrame } from '../shared/viz-frame';
import { DescentNumbers } from './descent-numbers';
import { DescentPanel } from './descent-panel';

const STEPS = 40;
const ETA_MIN = 0.001;
const ETA_MAX = 2;
const etaText = (eta: number) => formatNumber(eta, eta < 0.01 ? 3 : 2);

/** `<DescensoGradiente tasas="0.02 0.4 1.05" semilla="11" funcion="cuadratica" />`: three learning rates side by side. */
export function DescensoGradiente(props: { tasas?: string; semilla?: string; funcion?: string }) {
  const { rates, seed, curve: curveName } = useMemo(() => parseDescentProps(props), [props]);
  const curve = CURVES[curveName];
  const samples = useMemo(() => sampleCurve(curve, 161), [curve]);
  const range = useMemo(() => sampledRange(samples), [samples]);
  const start = seededStart(curve, seed);
  const [middle, setMiddle] = useState(rates[1]);
  const etas = [rates[0], middle, rates[2]];
  const runs = useMemo(() => [rates[0], middle, rates[2]].map((eta) => descend1D(curve, start, eta, STEPS)), [curve, start, rates, middle]);
  // Named by their η, not by position: a lesson may put two large rates side by side.
  const titles = etas.map((eta) => `η = ${etaText(eta)}`);
  const [step, setStep] = useState(0);
  const [status, setStatus] = useState('');
  const reducedMotion = useReducedMotion();

  function goTo(k: number) {
    setStep(k);
    setStatus(`Paso ${k}. ${runs.map((run, i) => `${titles[i]}: ${k < run.count ? `L = ${formatNumber(run.loss[k]!, 3)}` : 'L no finita'}, ${verdict(run, k) === 'diverge' ? 'diverge' : VERDICT_TEXT[verdict(run, k)].toLowerCase()}`).join('; ')}.`);
  }

  const player = useStepPlayer(step, STEPS, goTo, 450, reducedMotion);

  return (
    <VizFrame
      name="DescensoGradiente"
      title="Descenso del gradiente con tres tasas de aprendizaje"
      hint={`Las tres parten de w = ${formatNumber(start, 1)} sobre ${curve.formula} y aplican w ← w − η·dL/dw. Mueve η de la del medio para buscar el mejor compromiso.`}
      status={status}
      numbers={<DescentNumbers runs={runs} titles={titles} last={step} />}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        {runs.map((run, i) => (
          <DescentPanel key={i} title={titles[i]!} picture={{ samples, domain: curve.domain, range, run, step }} />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <StepControls
          canStep={step < STEPS}
          playing={player.playing}
          onStep={() => goTo(step + 1)}
          onPlay={player.play}
          onPause={player.pause}
          onReset={() => {
            player.pause();
            goTo(0);
          }}
        />
        <LabelledSlider
          label="η del panel central"
          value={toLogSlider(middle, ETA_MIN, ETA_MAX)}
          min={0}
          max={LOG_SLIDER_STEPS}
          step={1}
          display={etaText(middle)}
          onChange={(t) => setMiddle(tidy(fromLogSlider(t, ETA_MIN, ETA_MAX)))}
        />
      </div>
    </VizFrame>
  );
}
