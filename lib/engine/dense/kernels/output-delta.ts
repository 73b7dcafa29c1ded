import { accumulateLoss, LOSS_MSE } from '../../losses';
import { ACT_SOFTMAX } from '../layer';

/**
 * Loss of one example added to acc[0], and δ = ∂L/∂z of the output row at offset o:
 * a − y for sigmoid + bce and softmax + cross-entropy; for squared error (a − y) ⊙ f'(z),
 * or for a softmax output the Jacobian product p ⊙ (g − p·g), g = a − y. Σ|δ| goes to
 * acc[1] (a bound for the weight guard; NaN or Infinity if δ is not finite).
 */
export function outputDelta(lossCode: number, act: number, a: Float64Array, fp: Float64Array, d: Float64Array, o: number, n: number, y: Float64Array, yo: number, acc: Float64Array): void {
  accumulateLoss(lossCode, a, o, y, yo, n, acc, 0);
  if (lossCode !== LOSS_MSE) {
    for (let k = 0; k < n; k++) d[o + k] = a[o + k]! - y[yo + k]!;
  } else if (act !== ACT_SOFTMAX) {
    for (let k = 0; k < n; k++) d[o + k] = (a[o + k]! - y[yo + k]!) * fp[o + k]!;
  } else {
    let dot = 0;
    for (let k = 0; k < n; k++) dot += a[o + k]! * (a[o + k]! - y[yo + k]!);
    for (let k = 0; k < n; k++) d[o + k] = a[o + k]! * (a[o + k]! - y[yo + k]! - dot);
  }
  let sum = 0;
  for (let k = 0; k < n; k++) sum += Math.abs(d[o + k]!);
  acc[1] = sum;
}
