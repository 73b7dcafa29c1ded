'use client';

import { useState } from 'react';
import type { Feature, Network } from '@/lib/engine';
import { num } from './format';
import { VERDICT_TEXT, checkLabGradients, type LabGradCheck } from './model/grad-check';
import { btn } from './styles';

interface Props {
  net: Network;
  X: Float64Array;
  Y: Float64Array;
  features: readonly Feature[];
  disabled: boolean;
}

const VERDICT_CLASS = {
  correcto: 'text-emerald-800 dark:text-emerald-300',
  dudoso: 'text-amber-800 dark:text-amber-300',
  incorrecto: 'text-red-700 dark:text-red-400',
} as const;

/**
 * «Comprobar gradientes»: finite differences against backprop for every weight and bias of
 * the current network. The result describes the weights at the moment of the click; the
 * parent remounts this panel when the network is replaced.
 */
export function GradientCheck({ net, X, Y, features, disabled }: Props) {
  const [result, setResult] = useState<LabGradCheck | null>(null);
  return (
    <div className="space-y-1 text-xs">
      <button type="button" className={btn} disabled={disabled} onClick={() => setResult(checkLabGradients(net, X, Y, features))}>
        Comprobar gradientes
      </button>
      <div aria-live="polite" data-testid="comprobacion-gradientes">
        {result && (
          <>
            <p>
              Error relativo máximo: <span className="font-mono font-semibold" data-testid="error-relativo">{num(result.maxRelativeError)}</span> en {result.checked} parámetros, con {result.rows} ejemplos
              {result.skipped > 0 && ` (${result.skipped} omitidos: el paso h cruzaba el codo de una ReLU)`}.
            </p>
            <p className={`font-semibold ${VERDICT_CLASS[result.verdict]}`} data-testid="veredicto-gradientes">
              {VERDICT_TEXT[result.verdict]}
            </p>
            <p className="text-slate-600 dark:text-slate-400">
              Diferencias centrales de cuarto orden con h = 3·10⁻⁴. Los gradientes menores que 10⁻⁵ se comparan en valor absoluto: ahí el error de redondeo pesa más que cualquier fallo de backpropagation.
            </p>
            {result.worst && (
              <p className="text-slate-600 dark:text-slate-400">
                El peor caso es {result.worst.name}: backprop da {num(result.worst.analytic)} y las diferencias finitas {num(result.worst.numeric)}.
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
