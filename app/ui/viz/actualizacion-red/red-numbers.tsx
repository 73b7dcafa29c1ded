import { LossNumbers } from '../curva-perdida/loss-numbers';
import { formatNumber } from '../model/format';
import { NumbersTable } from '../shared/numbers-table';
import type { NetworkRun, WeightRef } from './network-run';

/** Each weight at the start, before and after the last step, with that step's gradient; then the loss step by step. */
export function RedNumbers({ run, refs }: { run: NetworkRun; refs: readonly WeightRef[] }) {
  const f = (v: number) => formatNumber(v, 4);
  const now = run.net.layers.map((layer) => layer.W);
  const rows = refs.map((r) => [r.label, f(run.start[r.layer]![r.index]!), f(run.previous[r.layer]![r.index]!), f(now[r.layer]![r.index]!), f(run.gradients[r.layer]![r.index]!)]);
  return (
    <div className="space-y-4">
      <NumbersTable caption={`Pesos tras ${run.steps} pasos`} headers={['Peso', 'Inicial', 'Antes del último paso', 'Ahora', '∂L/∂w del último paso']} rows={rows} />
      <LossNumbers losses={Float64Array.from(run.losses)} epochs={run.steps} lossNow={run.losses[run.steps]!} />
    </div>
  );
}
