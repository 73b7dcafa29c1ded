import type { Descent2D } from '../model/descent-2d';
import { formatNumber } from '../model/format';
import { NumbersTable } from '../shared/numbers-table';

/** The descent path up to step `last`: w, b, L and the gradient at every point. */
export function PathNumbers({ path, last }: { path: Descent2D; last: number }) {
  const rows = Array.from({ length: last + 1 }, (_, k) => [
    String(k),
    formatNumber(path.w[k]!, 3),
    formatNumber(path.b[k]!, 3),
    formatNumber(path.loss[k]!, 4),
    formatNumber(path.dw[k]!, 3),
    formatNumber(path.db[k]!, 3),
  ]);
  return <NumbersTable caption={`Descenso con η = ${formatNumber(path.eta, 3)}, hasta el paso actual`} headers={['Paso', 'w', 'b', 'L', '∂L/∂w', '∂L/∂b']} rows={rows} />;
}
