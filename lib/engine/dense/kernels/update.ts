import { H_L1, H_L2, H_LR, H_MOM } from '../hyper';

/** sign(w) ∈ {−1, 0, 1}, the L1 subgradient (0 at w = 0). */
export function sign(w: number): number {
  return w > 0 ? 1 : w < 0 ? -1 : 0;
}

/**
 * One SGD step on n parameters from summed gradients G over `count` examples:
 * g = G/count + λ₂w + λ₁·sign(w), then v ← μv − ηg, w ← w + v. Without momentum this is
 * w ← w − ηg (the same bits, since 0·v − ηg = −ηg) and v is left untouched.
 * η, μ, λ₁, λ₂ come from the hyper array; `regularize` is false for biases.
 */
export function sgdUpdate(w: Float64Array, grad: Float64Array, v: Float64Array, n: number, count: number, h: Float64Array, regularize: boolean): void {
  const lr = h[H_LR]!;
  const mom = h[H_MOM]!;
  const l1 = regularize ? h[H_L1]! : 0;
  const l2 = regularize ? h[H_L2]! : 0;
  if (mom !== 0) {
    for (let k = 0; k < n; k++) {
      const wk = w[k]!;
      const vk = mom * v[k]! - lr * (grad[k]! / count + l2 * wk + l1 * sign(wk));
      v[k] = vk;
      w[k] = wk + vk;
    }
  } else if (l1 !== 0 || l2 !== 0) {
    for (let k = 0; k < n; k++) {
      const wk = w[k]!;
      w[k] = wk - lr * (grad[k]! / count + l2 * wk + l1 * sign(wk));
    }
  } else {
    for (let k = 0; k < n; k++) w[k] = w[k]! - lr * (grad[k]! / count);
  }
}

/**
 * Largest |x_k| over x[off..off+n) written to out[slot], or NaN if any entry is NaN
 * (Math.max propagates NaN; ±Infinity gives Infinity). Results go to an array so nothing
 * is boxed.
 */
export function maxAbsInto(x: Float64Array, off: number, n: number, out: Float64Array, slot: number): void {
  let m = 0;
  for (let k = off, end = off + n; k < end; k++) m = Math.max(m, Math.abs(x[k]!));
  out[slot] = m;
}
