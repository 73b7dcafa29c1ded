import { formatNumber } from '../model/format';
import { NumbersTable } from '../shared/numbers-table';

interface LossNumbersProps {
  /** losses[e]: the engine's mean loss after e epochs (measured before update e + 1). */
  losses: Float64Array;
  /** Epochs trained so far, and the loss now. */
  epochs: number;
  lossNow: number;
}

/** The loss after every n-th epoch (about 20 rows) and after the last one (just the start before training). */
export function LossNumbers({ losses, epochs, lossNow }: LossNumbersProps) {
  const every = Math.max(1, Math.round(epochs / 20));
  const rows: string[][] = [];
  for (let e = 0; e < epochs; e += every) rows.push([String(e), formatNumber(losses[e]!, 4)]);
  rows.push([String(epochs), formatNumber(lossNow, 4)]);
  return <NumbersTable caption="Pérdida media tras cada número de épocas" headers={['Épocas', 'Pérdida']} rows={rows} />;
}
