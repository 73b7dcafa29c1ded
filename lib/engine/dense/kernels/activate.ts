import { expArray } from '../../math/exp';
import { tanhArray } from '../../math/tanh';
import { H_ALPHA } from '../hyper';
import { ACT_LEAKY, ACT_LINEAR, ACT_RELU, ACT_SIGMOID, ACT_SOFTMAX, ACT_TANH } from '../layer';

/**
 * a = f(z) and fp = f'(z) on one row (offset o, n units), for activation code `act`: the
 * switch runs once per row and each case is its own loop. linear: z, 1; sigmoid:
 * σ = 1/(1 + e^(−z)), σ(1 − σ); tanh: t, 1 − t²; relu: z < 0 ? 0 : z (NaN passes), [z > 0];
 * leakyRelu: z < 0 ? αz : z, z > 0 ? 1 : α; softmax: e^(z_k − max z) / Σ_j e^(z_j − max z)
 * (its Jacobian is applied in outputDelta; fp is left as is). Storing f'(z) now turns
 * backpropagation's δ ⊙ f'(z) into one multiply. Sets active[k] = stamp where z_k > 0.
 */
export function activateRow(act: number, z: Float64Array, a: Float64Array, fp: Float64Array, o: number, n: number, h: Float64Array, active: Uint32Array, stamp: number): void {
  switch (act) {
    case ACT_LINEAR:
      for (let k = o; k < o + n; k++) {
        a[k] = z[k]!;
        fp[k] = 1;
      }
      return;
    case ACT_SIGMOID:
      for (let k = o; k < o + n; k++) a[k] = -z[k]!;
      expArray(a, o, a, o, n);
      for (let k = o; k < o + n; k++) {
        const s = 1 / (1 + a[k]!);
        a[k] = s;
        fp[k] = s * (1 - s);
      }
      return;
    case ACT_TANH:
      tanhArray(z, o, a, o, n);
      for (let k = o; k < o + n; k++) {
        const t = a[k]!;
        fp[k] = 1 - t * t;
      }
      return;
    case ACT_RELU:
      for (let k = 0; k < n; k++) {
        const v = z[o + k]!;
        if (v > 0) active[k] = stamp;
        a[o + k] = v < 0 ? 0 : v;
        fp[o + k] = v > 0 ? 1 : 0;
      }
      return;
    case ACT_LEAKY: {
      const alpha = h[H_ALPHA]!;
      for (let k = 0; k < n; k++) {
        const v = z[o + k]!;
        if (v > 0) active[k] = stamp;
        a[o + k] = v < 0 ? alpha * v : v;
        fp[o + k] = v > 0 ? 1 : alpha;
      }
      return;
    }
    case ACT_SOFTMAX:
      softmaxRow(z, a, o, n);
      return;
  }
}

/** p_k = e^(z_k − m) / Σ_j e^(z_j − m) with m = max z (shift-invariant, avoids overflow). */
function softmaxRow(z: Float64Array, a: Float64Array, o: number, n: number): void {
  let m = z[o]!;
  for (let k = 1; k < n; k++) if (z[o + k]! > m) m = z[o + k]!;
  for (let k = 0; k < n; k++) a[o + k] = z[o + k]! - m;
  expArray(a, o, a, o, n);
  let sum = 0;
  for (let k = 0; k < n; k++) sum += a[o + k]!;
  for (let k = 0; k < n; k++) a[o + k] = a[o + k]! / sum;
}
