import type { Feature, Network } from '@/lib/engine';
import { num } from './format';
import type { GradientView } from './model/inspect-gradients';
import { FEATURE_LABELS } from './model/lab-state';
import type { PhaseView } from './model/phase-stepper';
import { td, th, unitLabel } from './numbers-style';

interface Props {
  net: Network;
  features: readonly Feature[];
  grad: GradientView | null;
  phase: PhaseView | null;
}

/** One row per weight: where it goes, w, the mean ∂L/∂w and, following a phase, this example's ∂L/∂w and Δw. */
export function WeightTable({ net, features, grad, phase }: Props) {
  const from = (l: number, i: number) => (l === 0 ? FEATURE_LABELS[features[i]!] : unitLabel(net.layers.length, l - 1, i));
  return (
    <table className="w-full text-xs" data-testid="tabla-pesos">
      <caption className="text-left text-xs text-slate-600 dark:text-slate-400">
        Pesos, con el gradiente medio sobre los datos de entrenamiento{phase ? ' y los valores del ejemplo seguido por fases' : ''}.
      </caption>
      <thead>
        <tr>
          <th className={th}>De</th>
          <th className={th}>A</th>
          <th className={th}>w</th>
          <th className={th}>∂L/∂w medio</th>
          {phase && <th className={th}>∂L/∂w del ejemplo</th>}
          {phase && <th className={th}>Δw</th>}
        </tr>
      </thead>
      <tbody>
        {net.layers.flatMap((layer, l) =>
          Array.from({ length: layer.nOut * layer.nIn }, (_, k) => {
            const j = Math.floor(k / layer.nIn);
            const i = k % layer.nIn;
            const pl = phase?.layers[l];
            return (
              <tr key={`${l}-${k}`}>
                <td className={td}>{from(l, i)}</td>
                <td className={td}>{unitLabel(net.layers.length, l, j)}</td>
                <td className={td} data-testid={`w-${l}-${j}-${i}`}>
                  {num(layer.W[k]!)}
                </td>
                <td className={td}>{grad ? num(grad.dW[l]![k]!) : '—'}</td>
                {phase && (
                  <td className={td} data-testid={`dw-${l}-${j}-${i}`}>
                    {pl?.dW ? num(pl.dW[k]!) : '—'}
                  </td>
                )}
                {phase && <td className={td}>{pl?.deltaW ? num(pl.deltaW[k]!) : '—'}</td>}
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );
}
