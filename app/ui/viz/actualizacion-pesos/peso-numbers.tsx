import { formatNumber } from '../model/format';
import { NumbersTable } from '../shared/numbers-table';
import { CHAIN_NAMES as NAMES, type ChainSetup, type ChainWeight, type WeightStep } from './chain-network';

/** Every number of the figure: the fixed parts of the chain, then each quantity before and after the step. */
export function PesoNumbers({ setup, which, step }: { setup: ChainSetup; which: ChainWeight; step: WeightStep }) {
  const f = (v: number) => formatNumber(v, 4);
  const fixed = (['x', 'y', 'w1', 'b1', 'w2', 'b2'] as const).filter((k) => k !== which);
  const rows = [
    ...fixed.map((k) => [NAMES[k], f(setup[k]), f(setup[k])]),
    [NAMES[which], f(step.weight), f(step.newWeight)],
    ['h = σ(w₁x + b₁)', f(step.before.h), f(step.after.h)],
    ['ŷ = w₂h + b₂', f(step.before.yhat), f(step.after.yhat)],
    ['L = ½(ŷ − y)²', f(step.before.loss), f(step.after.loss)],
    [`∂L/∂${NAMES[which]}`, f(step.gradient), f(which === 'w1' ? step.after.gradW1 : step.after.gradW2)],
  ];
  return <NumbersTable caption="La red x → h → ŷ antes y después de un paso" headers={['Magnitud', 'Antes', 'Después']} rows={rows} />;
}
