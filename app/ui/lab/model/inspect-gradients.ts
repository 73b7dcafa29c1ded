import type { Network } from '@/lib/engine';

/** Mean gradient over a dataset and the units that never fire on it. */
export interface GradientView {
  /** Per layer: ∂L/∂W (nOut × nIn, row-major) and ∂L/∂b, averaged over the rows. */
  dW: Float64Array[];
  db: Float64Array[];
  /** Per layer: ‖∂L/∂W‖_F. */
  normW: number[];
  /** Per hidden ReLU layer: true for units with z ≤ 0 on every row (a dead ReLU gets no gradient). */
  dead: boolean[][];
}

/**
 * Full-batch mean gradient (1/N) Σ_n ∂L_n/∂W computed with the engine's own forward and
 * backward, without changing any weight; dead units are read from z on the same pass.
 * The network's accumulated gradients are discarded.
 */
export function inspectGradients(net: Network, X: Float64Array, Y: Float64Array): GradientView {
  const nIn = net.inputSize;
  const rows = Y.length;
  const fired = net.layers.map((l) => new Uint8Array(l.nOut));
  net.zeroGradients();
  for (let r = 0; r < rows; r++) {
    net.forward(X.subarray(r * nIn, (r + 1) * nIn));
    net.layers.forEach((l, k) => {
      for (let j = 0; j < l.nOut; j++) if (l.z[j]! > 0) fired[k]![j] = 1;
    });
    net.backward(Y.subarray(r, r + 1));
  }
  const n = Math.max(1, rows);
  const dW = net.layers.map((l) => l.dW.map((g) => g / n));
  const db = net.layers.map((l) => l.db.map((g) => g / n));
  net.zeroGradients();
  const normW = dW.map((g) => Math.sqrt(g.reduce((s, v) => s + v * v, 0)));
  const dead = net.layers.map((l, k) => (l.activation === 'relu' && k < net.layers.length - 1 ? Array.from(fired[k]!, (f) => f === 0) : new Array<boolean>(l.nOut).fill(false)));
  return { dW, db, normW, dead };
}
