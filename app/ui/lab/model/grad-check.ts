import { gradientCheck, networkFromJson, networkToJson, type Feature, type Network } from '@/lib/engine';
import { paramName } from './param-names';
import { sampleRows } from './sample-rows';

/** Training rows the check uses: enough to exercise every unit, few enough to answer at once. */
export const GRAD_CHECK_ROWS = 32;

/**
 * Fourth-order central differences with h = 3·10⁻⁴: truncation O(h⁴) and float64 round-off
 * (about 10⁻¹⁶·L/h) are both near 10⁻¹² there. Gradients below 10⁻⁵ are judged absolutely
 * (relative to 10⁻⁵), since round-off, not backprop, decides their relative error. Over
 * every lab architecture (up to 6 × 8 sigmoid) the largest error stays below 2·10⁻⁷.
 */
export const GRAD_CHECK_OPTIONS = { order: 4, epsilon: 3e-4, minScale: 1e-5 } as const;

export type GradVerdict = 'correcto' | 'dudoso' | 'incorrecto';

/**
 * Reading of the largest relative error: below 1e-6 backprop and finite differences agree;
 * up to 1e-3 the usual suspects are a ReLU kink or a badly scaled h; above that the
 * gradient is wrong.
 */
export function gradVerdict(maxRelativeError: number): GradVerdict {
  if (!(maxRelativeError < 1e-3)) return 'incorrecto';
  return maxRelativeError < 1e-6 ? 'correcto' : 'dudoso';
}

export const VERDICT_TEXT: Record<GradVerdict, string> = {
  correcto: 'Correcto: el gradiente de backpropagation coincide con el de las diferencias finitas.',
  dudoso: 'Dudoso: la diferencia es pequeña pero mayor de lo esperable; suele deberse a un codo de ReLU o a un paso h poco adecuado.',
  incorrecto: 'Incorrecto: el gradiente de backpropagation no coincide con el numérico.',
};

export interface LabGradCheck {
  maxRelativeError: number;
  verdict: GradVerdict;
  /** Parameters compared, and those skipped because ±h switched a ReLU on or off. */
  checked: number;
  skipped: number;
  rows: number;
  worst: { name: string; analytic: number; numeric: number } | null;
}

/**
 * The engine's numerical gradient check on a copy of the network (the lab's own weights,
 * activations and gradients are untouched), over an even sample of the training rows.
 */
export function checkLabGradients(net: Network, X: Float64Array, Y: Float64Array, features: readonly Feature[]): LabGradCheck {
  const copy = networkFromJson(networkToJson(net));
  const sample = sampleRows(X, Y, net.inputSize, GRAD_CHECK_ROWS);
  const r = gradientCheck(copy, sample.X, sample.Y, GRAD_CHECK_OPTIONS);
  return {
    maxRelativeError: r.maxRelativeError,
    verdict: gradVerdict(r.maxRelativeError),
    checked: r.entries.length,
    skipped: r.skippedAtKinks.length,
    rows: sample.rows,
    worst: r.worst ? { name: paramName(net, r.worst, features), analytic: r.worst.analytic, numeric: r.worst.numeric } : null,
  };
}
