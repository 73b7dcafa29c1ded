import type { Network } from '@/lib/engine';
import type { GradientView } from './inspect-gradients';
import type { PhaseView } from './phase-stepper';

export type EdgeMode = 'peso' | 'gradiente';

/** Widest edge, in CSS pixels. */
export const MAX_EDGE_WIDTH = 6;
const MIN_EDGE_WIDTH = 0.4;

/** Width and sign of every weight's edge, in layer order then W's row-major order. */
export interface EdgeStyles {
  width: Float32Array;
  /** +1 drawn blue, −1 orange: the sign of w, or in gradient mode of −∂L/∂w (where the update moves w). */
  sign: Int8Array;
}

/** The gradient shown per layer: the phase's per-example ∂L/∂w when following one, else the mean. */
function gradientOf(l: number, grad: GradientView | null, phase: PhaseView | null): Float64Array | null {
  return phase?.layers[l]?.dW ?? grad?.dW[l] ?? null;
}

/**
 * Playground's edge encoding: width 2.5·|w| capped at 6 px; in gradient mode width
 * ∝ |∂L/∂w| relative to the largest gradient of the network (6 px for the largest).
 */
export function edgeStyles(net: Network, grad: GradientView | null, phase: PhaseView | null, mode: EdgeMode, into?: EdgeStyles): EdgeStyles {
  const count = net.layers.reduce((n, l) => n + l.W.length, 0);
  const out = into && into.width.length === count ? into : { width: new Float32Array(count), sign: new Int8Array(count) };
  let maxG = 1e-12;
  if (mode === 'gradiente') for (let l = 0; l < net.layers.length; l++) for (const v of gradientOf(l, grad, phase) ?? []) maxG = Math.max(maxG, Math.abs(v));
  let e = 0;
  net.layers.forEach((layer, l) => {
    const g = mode === 'gradiente' ? gradientOf(l, grad, phase) : null;
    for (let k = 0; k < layer.W.length; k++, e++) {
      const w = layer.W[k]!;
      const size = g ? (Math.abs(g[k]!) / maxG) * MAX_EDGE_WIDTH : Math.min(MAX_EDGE_WIDTH, Math.abs(w) * 2.5);
      out.width[e] = Math.max(MIN_EDGE_WIDTH, size);
      out.sign[e] = (g ? -g[k]! : w) >= 0 ? 1 : -1;
    }
  });
  return out;
}
