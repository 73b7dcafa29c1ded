'use client';

import type { Feature, Network } from '@/lib/engine';
import { num } from './format';
import type { GradientView } from './model/inspect-gradients';
import { FEATURE_LABELS } from './model/lab-state';
import type { PhaseView } from './model/phase-stepper';

interface Props {
  net: Network;
  features: readonly Feature[];
  grad: GradientView | null;
  phase: PhaseView | null;
}

const th = 'border-b border-slate-300 px-2 py-1 text-left font-semibold dark:border-slate-600';
const td = 'border-b border-slate-100 px-2 py-0.5 font-mono dark:border-slate-800';

/** "Ver los números": every weight and bias with its gradient, and each neuron's z, a and δ at the current phase. */
export function NumbersTable({ net, features, grad, phase }: Props) {
  const from = (l: number, i: number) => (l === 0 ? FEATURE_LABELS[features[i]!] : `c${l}·n${i + 1}`);
  const to = (l: number, j: number) => (l === net.layers.length - 1 ? 'salida' : `c${l + 1}·n${j + 1}`);
  return (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-semibold">Ver los números</summary>
      <div className="mt-2 max-h-96 overflow-auto">
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
                    <td className={td}>{to(l, j)}</td>
                    <td className={td} data-testid={`w-${l}-${j}-${i}`}>
                      {num(layer.W[k]!)}
                    </td>
                    <td className={td}>{grad ? num(grad.dW[l]![k]!) : '—'}</td>
                    {phase && <td className={td} data-testid={`dw-${l}-${j}-${i}`}>{pl?.dW ? num(pl.dW[k]!) : '—'}</td>}
                    {phase && <td className={td}>{pl?.deltaW ? num(pl.deltaW[k]!) : '—'}</td>}
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
        <table className="mt-3 w-full text-xs" data-testid="tabla-neuronas">
          <caption className="text-left text-xs text-slate-600 dark:text-slate-400">Neuronas: sesgo b y, en el modo por fases, z, a y δ del ejemplo seguido.</caption>
          <thead>
            <tr>
              <th className={th}>Neurona</th>
              <th className={th}>b</th>
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
                    <td className={td}>{to(l, j)}</td>
                    <td className={td} data-testid={`b-${l}-${j}`}>{num(layer.b[j]!)}</td>
                    <td className={td} data-testid={`z-${l}-${j}`}>{pl ? num(pl.z[j]!) : '—'}</td>
                    <td className={td} data-testid={`a-${l}-${j}`}>{pl ? num(pl.a[j]!) : '—'}</td>
                    <td className={td} data-testid={`delta-${l}-${j}`}>{pl?.delta ? num(pl.delta[j]!) : '—'}</td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}
