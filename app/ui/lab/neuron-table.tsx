import type { Network } from '@/lib/engine';
import { num } from './format';
import type { GradientView } from './model/inspect-gradients';
import type { PhaseView } from './model/phase-stepper';
import { td, th, unitLabel } from './numbers-style';

/** One row per neuron: its bias b and mean ∂L/∂b, and z, a, δ of the example followed by phases. */
export function NeuronTable({ net, grad, phase }: { net: Network; grad: GradientView | null; phase: PhaseView | null }) {
  return (
    <table className="mt-3 w-full text-xs" data-testid="tabla-neuronas">
      <caption className="text-left text-xs text-slate-600 dark:text-slate-400">Neuronas: sesgo b con su gradiente medio y, en el modo por fases, z, a y δ del ejemplo seguido.</caption>
      <thead>
        <tr>
          <th className={th}>Neurona</th>
          <th className={th}>b</th>
          <th className={th}>∂L/∂b medio</th>
          <th className={th}>z</th>
          <th className={th}>a</th>
          <th className={th}>δ = ∂L/∂z</th>
        </tr>
      </thead>
      <tbody>
        {net.layers.flatMap((layer, l) =>
          Array.from({ length: layer.nOut }, (_, j) => {
            const pl = phase?.layers[l];
            return (
              <tr key={`${l}-${j}`}>
                <td className={td}>{unitLabel(net.layers.length, l, j)}</td>
                <td className={td} data-testid={`b-${l}-${j}`}>
                  {num(layer.b[j]!)}
                </td>
                <td className={td}>{grad ? num(grad.db[l]![j]!) : '—'}</td>
                <td className={td} data-testid={`z-${l}-${j}`}>
                  {pl ? num(pl.z[j]!) : '—'}
                </td>
                <td className={td} data-testid={`a-${l}-${j}`}>
                  {pl ? num(pl.a[j]!) : '—'}
                </td>
                <td className={td} data-testid={`delta-${l}-${j}`}>
                  {pl?.delta ? num(pl.delta[j]!) : '—'}
                </td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );
}
