import type { Descent1D } from '../model/descent-1d';
import { formatNumber } from '../model/format';
import { NumbersTable } from '../shared/numbers-table';

interface DescentNumbersProps {
  runs: readonly Descent1D[];
  titles: readonly string[];
  last: number;
}

/** w and L of every run at every step so far ("—" once a run has left the finite numbers). */
export function DescentNumbers({ runs, titles, last }: DescentNumbersProps) {
  const headers = ['Paso', ...runs.flatMap((run, i) => [`w (${titles[i]})`, `L (${titles[i]})`])];
  const rows = Array.from({ length: last + 1 }, (_, k) => [
    String(k),
    ...runs.flatMap((run) => (k < run.count ? [formatNumber(run.w[k]!, 3), formatNumber(run.loss[k]!, 3)] : ['—', '—'])),
  ]);
  return <NumbersTable caption="Peso y pérdida de cada descenso" headers={headers} rows={rows} />;
}
