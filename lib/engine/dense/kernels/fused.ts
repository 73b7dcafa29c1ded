import { H_DNEXT, H_GMAX, H_L1, H_L2, H_LR, H_MOM, H_XMAX } from '../hyper';
import { sign } from './update';

/** b_j ← b_j − ηδ_j, or with momentum v ← μv − ηδ, b ← b + v (no regularisation on biases). */
function updateBias(b: Float64Array, vb: Float64Array, n: number, d: Float64Array, h: Float64Array): void {
  const lr = h[H_LR]!;
  const mom = h[H_MOM]!;
  if (mom !== 0) {
    for (let j = 0; j < n; j++) {
      const vj = mom * vb[j]! - lr * d[j]!;
      vb[j] = vj;
      b[j] = b[j]! + vj;
    }
  } else for (let j = 0; j < n; j++) b[j] = b[j]! - lr * d[j]!;
}

/**
 * Batch-of-one backward and update of a layer above the first, one pass over W column by
 * column: g_i = (Σ_j W_ji δ_j)·f'_i with the old weights (j descending, as transposeMul1),
 * which is the δ of the layer below, then W_ji ← W_ji − η·(δ_j x_i) (with momentum / L1 /
 * L2 exactly as in sgdUpdate) and the bias update. Same bits as backward + step.
 * Expects Σ|δ| (finite) in h[H_GMAX] and turns it into a bound on every gradient entry,
 * Σ|δ|·(1 + Σ|x|), for the weight guard; leaves Σ|g| of the new δ in h[H_DNEXT].
 */
export function backpropUpdate(W: Float64Array, b: Float64Array, v: Float64Array, vb: Float64Array, nIn: number, nOut: number, d: Float64Array, x: Float64Array, g: Float64Array, fp: Float64Array, h: Float64Array): void {
  const lr = h[H_LR]!;
  const mom = h[H_MOM]!;
  const l1 = h[H_L1]!;
  const l2 = h[H_L2]!;
  updateBias(b, vb, nOut, d, h);
  let xm = 1;
  let gs = 0;
  let i = 0;
  if (mom === 0 && l1 === 0 && l2 === 0) {
    for (; i + 4 <= nIn; i += 4) {
      // Four columns at once: four independent sums, each in the order of the single loop.
      const x0 = x[i]!;
      const x1 = x[i + 1]!;
      const x2 = x[i + 2]!;
      const x3 = x[i + 3]!;
      xm += Math.abs(x0) + Math.abs(x1) + Math.abs(x2) + Math.abs(x3);
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = nOut - 1, k = j * nIn + i; j >= 0; j--, k -= nIn) {
        const dj = d[j]!;
        const w0 = W[k]!;
        const w1 = W[k + 1]!;
        const w2 = W[k + 2]!;
        const w3 = W[k + 3]!;
        s0 += w0 * dj;
        s1 += w1 * dj;
        s2 += w2 * dj;
        s3 += w3 * dj;
        W[k] = w0 - lr * (dj * x0);
        W[k + 1] = w1 - lr * (dj * x1);
        W[k + 2] = w2 - lr * (dj * x2);
        W[k + 3] = w3 - lr * (dj * x3);
      }
      const g0 = s0 * fp[i]!;
      const g1 = s1 * fp[i + 1]!;
      const g2 = s2 * fp[i + 2]!;
      const g3 = s3 * fp[i + 3]!;
      g[i] = g0;
      g[i + 1] = g1;
      g[i + 2] = g2;
      g[i + 3] = g3;
      gs += Math.abs(g0) + Math.abs(g1) + Math.abs(g2) + Math.abs(g3);
    }
  }
  for (; i < nIn; i++) {
    const xi = x[i]!;
    xm += Math.abs(xi);
    let s = 0;
    for (let j = nOut - 1, k = j * nIn + i; j >= 0; j--, k -= nIn) {
      const w = W[k]!;
      const dj = d[j]!;
      s += w * dj;
      if (mom !== 0) {
        const vk = mom * v[k]! - lr * (dj * xi + l2 * w + l1 * sign(w));
        v[k] = vk;
        W[k] = w + vk;
      } else W[k] = w - lr * (dj * xi + l2 * w + l1 * sign(w));
    }
    const gi = s * fp[i]!;
    g[i] = gi;
    gs += Math.abs(gi);
  }
  h[H_GMAX] = h[H_GMAX]! * xm;
  h[H_DNEXT] = gs;
}

/**
 * Batch-of-one update of the first layer (no δ is needed below it), row by row:
 * W_ji ← W_ji − η·(δ_j x_i) with the same momentum / L1 / L2 rules, plus the bias update.
 * Without momentum or regularisation rows with δ_j = 0 (inactive ReLU units) are skipped:
 * their update is exactly 0. Expects Σ|δ| in h[H_GMAX] and 1 + Σ|x| in h[H_XMAX] and leaves
 * their product, a bound on every gradient entry, in h[H_GMAX] for the weight guard.
 */
export function updateRows(W: Float64Array, b: Float64Array, v: Float64Array, vb: Float64Array, nIn: number, nOut: number, d: Float64Array, x: Float64Array, h: Float64Array): void {
  const lr = h[H_LR]!;
  const mom = h[H_MOM]!;
  const l1 = h[H_L1]!;
  const l2 = h[H_L2]!;
  updateBias(b, vb, nOut, d, h);
  const plain = mom === 0 && l1 === 0 && l2 === 0;
  if (plain && nIn < 8) {
    // Few inputs (2-D datasets): column by column keeps the inner loop long.
    for (let i = 0; i < nIn; i++) {
      const xi = x[i]!;
      for (let j = 0, k = i; j < nOut; j++, k += nIn) W[k] = W[k]! - lr * (d[j]! * xi);
    }
  } else {
    for (let j = 0, row = 0; j < nOut; j++, row += nIn) {
      const dj = d[j]!;
      if (plain) {
        if (dj !== 0) for (let i = 0; i < nIn; i++) W[row + i] = W[row + i]! - lr * (dj * x[i]!);
      } else if (mom !== 0) {
        for (let i = 0, k = row; i < nIn; i++, k++) {
          const w = W[k]!;
          const vk = mom * v[k]! - lr * (dj * x[i]! + l2 * w + l1 * sign(w));
          v[k] = vk;
          W[k] = w + vk;
        }
      } else {
        for (let i = 0, k = row; i < nIn; i++, k++) {
          const w = W[k]!;
          W[k] = w - lr * (dj * x[i]! + l2 * w + l1 * sign(w));
        }
      }
    }
  }
  h[H_GMAX] = h[H_GMAX]! * h[H_XMAX]!;
}
