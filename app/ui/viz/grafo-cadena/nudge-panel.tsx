import { formatNumber } from '../model/format';
import { fromLogSlider, LOG_SLIDER_STEPS } from '../model/log-scale';
import { LabelledSlider } from '../shared/labelled-slider';
import { VizButton } from '../shared/viz-button';
import { NUDGE_MAX, NUDGE_MIN, predictionGap, type NudgeReport } from './nudge';

interface NudgePanelProps {
  leaf: string;
  sliderPosition: number;
  onSlide: (position: number) => void;
  report: NudgeReport;
  applied: boolean;
  onApply: () => void;
}

/** Decimals that show three significant digits of `v` (at least 3), so close figures can be told apart. */
function decimalsFor(v: number): number {
  return v === 0 ? 3 : Math.min(8, Math.max(3, 2 - Math.floor(Math.log10(Math.abs(v)))));
}

/** A small figure with its name, for the side-by-side comparison. */
function Figure({ name, value, digits }: { name: string; value: number; digits: number }) {
  return (
    <div className="rounded-md border border-slate-200 px-2 py-1.5 dark:border-slate-700">
      <dt className="text-xs text-slate-600 dark:text-slate-400">{name}</dt>
      <dd className="m-0 font-mono tabular-nums">{formatNumber(value, digits)}</dd>
    </div>
  );
}

/** How well ε·gradient predicted the real change, in words. */
function verdict(epsilon: number, gap: number): string {
  const start = `Con ε = ${formatNumber(epsilon, 3)}, la predicción`;
  const percent = `${formatNumber(100 * gap, 0)} %`;
  if (gap < 0.01) return `${start} acierta: se separa del cambio real en menos de un 1 %.`;
  if (gap < 0.1) return `${start} casi acierta: se separa un ${percent} del cambio real.`;
  return `${start} se aleja un ${percent} del cambio real: el empujón ya es grande y la curva de L se nota.`;
}

/** «Empujar»: move one leaf by ε and compare the real change of L with ε × gradient. */
export function NudgePanel({ leaf, sliderPosition, onSlide, report, applied, onApply }: NudgePanelProps) {
  const gap = predictionGap(report);
  const changeDigits = decimalsFor(report.predictedChange);
  const slopeDigits = decimalsFor(report.gradient);
  return (
    <div className="space-y-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex min-w-64 flex-1">
          <LabelledSlider
            label={`Empujar ${leaf} en ε`}
            value={sliderPosition}
            min={0}
            max={LOG_SLIDER_STEPS}
            step={1}
            display={formatNumber(fromLogSlider(sliderPosition, NUDGE_MIN, NUDGE_MAX), 3)}
          onChange={onSlide}
          />
        </div>
        <VizButton onClick={onApply} aria-pressed={applied}>
          {applied ? `Devolver ${leaf}` : `Empujar ${leaf}`}
        </VizButton>
      </div>
      <dl className="m-0 grid grid-cols-1 gap-2 min-[420px]:grid-cols-3">
        <Figure name={`ΔL real = L(${leaf} + ε) − L(${leaf})`} value={report.actualChange} digits={changeDigits} />
        <Figure name={`Predicción ε × ∂L/∂${leaf}`} value={report.predictedChange} digits={changeDigits} />
        <Figure name="Diferencia central [L(+ε) − L(−ε)] / 2ε" value={report.centralSlope} digits={slopeDigits} />
      </dl>
      <p className="m-0 text-slate-700 dark:text-slate-300">
        {verdict(report.epsilon, gap)}{' '}
        La diferencia central estima la pendiente sin backward; el motor da ∂L/∂{leaf} = {formatNumber(report.gradient, slopeDigits)}.
      </p>
    </div>
  );
}
