'use client';

import { useMemo, useState } from 'react';
import { formatNumber } from '../model/format';
import { usePalette } from '../shared/use-palette';
import { VizButton } from '../shared/viz-button';
import { VizFrame } from '../shared/viz-frame';
import { CHAIN_NAMES, evaluateChain, stepOneWeight } from './chain-network';
import { LossBars } from './loss-bars';
import { numberLineFor } from './number-line';
import { EtaSlider, etaText } from './eta-slider';
import { parsePesoProps } from './peso-props';
import { PesoNumbers } from './peso-numbers';
import { PredictionLine } from './prediction-line';
import { UpdateFormula } from './update-formula';

/**
 * `<ActualizacionPeso peso="0.8" eta="0.1" semilla="4" ajusta="w2" />` (or `red="x w1 b1 w2 b2 y"`): one weight of the
 * chain x → h → ŷ before and after w ← w − η·∂L/∂w, with ŷ and L before and after.
 */
export function ActualizacionPeso(props: { peso?: string; eta?: string; semilla?: string; ajusta?: string; red?: string }) {
  const config = useMemo(() => parsePesoProps(props), [props]);
  const { which } = config;
  const name = CHAIN_NAMES[which];
  const palette = usePalette();
  const [weight, setWeight] = useState(config.setup[which]);
  const [applied, setApplied] = useState(0);
  const [eta, setEta] = useState(config.eta);
  const [status, setStatus] = useState('');
  const setup = { ...config.setup, [which]: weight };
  const step = stepOneWeight(setup, which, eta);
  const startYhat = useMemo(() => evaluateChain(config.setup).yhat, [config]);
  const line = numberLineFor([setup.y, startYhat, step.before.yhat, step.after.yhat]);
  const finite = Number.isFinite(step.newWeight) && Number.isFinite(step.after.loss);

  function apply() {
    const lower = step.after.loss < step.before.loss;
    setStatus(
      `Paso ${applied + 1} aplicado: ${name} pasa de ${formatNumber(step.weight, 3)} a ${formatNumber(step.newWeight, 3)}; ` +
        `ŷ pasa de ${formatNumber(step.before.yhat, 3)} a ${formatNumber(step.after.yhat, 3)} (objetivo ${formatNumber(setup.y, 2)}) ` +
        `y la pérdida ${lower ? 'baja' : 'sube'} de ${formatNumber(step.before.loss, 4)} a ${formatNumber(step.after.loss, 4)}.${lower ? '' : ' El paso se ha pasado de largo: prueba con un η menor.'}`,
    );
    setWeight(step.newWeight);
    setApplied(applied + 1);
  }

  /** A slider move is announced too: what the next step would do with the new η. */
  function changeEta(next: number) {
    setEta(next);
    const preview = stepOneWeight(setup, which, next);
    setStatus(
      Number.isFinite(preview.newWeight) && Number.isFinite(preview.after.loss)
        ? `Con η = ${etaText(next)}, el paso llevaría ${name} de ${formatNumber(preview.weight, 3)} a ${formatNumber(preview.newWeight, 3)} y la pérdida de ${formatNumber(preview.before.loss, 4)} a ${formatNumber(preview.after.loss, 4)}.`
        : `Con η = ${etaText(next)}, el paso se saldría de los números representables: elige un η menor.`,
    );
  }

  function reset() {
    setWeight(config.setup[which]);
    setApplied(0);
    setStatus(`Peso ${name} devuelto a su valor inicial, ${formatNumber(config.setup[which], 3)}.`);
  }

  const others = (['x', 'w1', 'b1', 'w2', 'b2', 'y'] as const).map((k) => ({ k, text: `${CHAIN_NAMES[k]} = ${formatNumber(setup[k], k === which ? 3 : 2)}` }));
  return (
    <VizFrame
      name="ActualizacionPeso"
      title={`Un paso sobre el peso ${name}`}
      hint={`La red x → h = σ(w₁x + b₁) → ŷ = w₂h + b₂ y un solo ejemplo. Solo cambia ${name}; mueve η para ver adónde llevaría el paso y pulsa «Aplicar paso» para darlo.`}
      status={status}
      numbers={<PesoNumbers setup={setup} which={which} step={step} />}
    >
      <p className="m-0 flex flex-wrap gap-x-3 gap-y-1 text-sm tabular-nums">
        {others.map(({ k, text }) => (
          <span key={k} className={k === which ? 'rounded bg-brand-50 px-1 font-semibold text-brand-700 dark:bg-brand-900 dark:text-brand-300' : ''}>
            {text}
          </span>
        ))}
      </p>
      <UpdateFormula name={name} weight={step.weight} eta={etaText(eta)} gradient={step.gradient} newWeight={step.newWeight} />
      <div>
        <p className="m-0 text-sm font-medium">La predicción</p>
        <PredictionLine
          line={line}
          target={setup.y}
          before={step.before.yhat}
          after={step.after.yhat}
          palette={palette}
          label={`Recta numérica: objetivo y = ${formatNumber(setup.y, 2)}, predicción antes del paso ${formatNumber(step.before.yhat, 3)} y después ${formatNumber(step.after.yhat, 3)}.`}
        />
        <p className="m-0 text-xs text-slate-600 tabular-nums dark:text-slate-400">
          ○ ŷ antes = {formatNumber(step.before.yhat, 3)} · ● ŷ después = {formatNumber(step.after.yhat, 3)} · raya azul: objetivo y = {formatNumber(setup.y, 2)}
        </p>
      </div>
      <div>
        <p className="mt-0 mb-1 text-sm font-medium">La pérdida</p>
        <LossBars before={step.before.loss} after={step.after.loss} />
      </div>
      <EtaSlider eta={eta} onChange={changeEta} />
      <div className="flex flex-wrap items-center gap-2">
        <VizButton primary onClick={apply} disabled={!finite}>
          Aplicar paso
        </VizButton>
        <VizButton onClick={reset}>Reiniciar</VizButton>
        <span className="text-sm tabular-nums text-slate-700 dark:text-slate-300">Pasos aplicados: {applied}</span>
      </div>
    </VizFrame>
  );
}
