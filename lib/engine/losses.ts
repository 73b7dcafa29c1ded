import { EngineError } from './errors';
import { logArray } from './math/log';

/**
 * Per-example losses; a batch loss is the mean over its examples.
 * - 'mse': L = ½ Σ_k (a_k − y_k)², so ∂L/∂a_k = a_k − y_k.
 * - 'bce': L = −Σ_k [y_k ln a_k + (1 − y_k) ln(1 − a_k)] (sigmoid outputs), ∂L/∂z_k = a_k − y_k.
 * - 'softmaxCrossEntropy': L = −Σ_k y_k ln p_k with p = softmax(z), ∂L/∂z_k = p_k − y_k
 *   (targets sum to 1, e.g. one-hot).
 * Terms whose coefficient is 0 are skipped (0·ln 0 = 0), and each ln is floored at −100
 * like PyTorch's BCELoss, so a saturated output gives a large finite loss, not Infinity.
 */
export type LossName = 'mse' | 'bce' | 'softmaxCrossEntropy';

/** Every loss name, in a stable order. */
export const LOSSES: readonly LossName[] = ['mse', 'bce', 'softmaxCrossEntropy'];

/** Numeric loss codes used by the dense kernels. */
export const LOSS_MSE = 0;
export const LOSS_BCE = 1;
export const LOSS_SCE = 2;

/** Floor applied to every logarithm inside a loss. */
export const LOG_FLOOR = -100;

/** Throws UNKNOWN_LOSS unless `name` is one of {@link LOSSES}. */
export function checkLoss(name: unknown, where: string): LossName {
  if (typeof name === 'string' && (LOSSES as readonly string[]).includes(name)) return name as LossName;
  throw new EngineError('UNKNOWN_LOSS', `${where} is ${JSON.stringify(name)}; expected one of ${LOSSES.join(', ')}`);
}

/** Numeric code of a loss for the dense kernels. */
export function lossCode(name: LossName): number {
  return name === 'mse' ? LOSS_MSE : name === 'bce' ? LOSS_BCE : LOSS_SCE;
}

/** Scratch for one row of logarithms (grown on demand, never shrunk). */
const logRow = { values: new Float64Array(16) };

/**
 * Adds the loss of one example (outputs a[ao..ao+n), targets y[yo..yo+n)) to acc[slot].
 * Writing into an array instead of returning keeps the training loop free of boxed numbers.
 */
export function accumulateLoss(code: number, a: Float64Array, ao: number, y: Float64Array, yo: number, n: number, acc: Float64Array, slot: number): void {
  if (code === LOSS_MSE) squaredError(a, ao, y, yo, n, acc, slot);
  else crossEntropy(code === LOSS_BCE, a, ao, y, yo, n, acc, slot);
}

/** acc[slot] += ½ Σ (a − y)². */
function squaredError(a: Float64Array, ao: number, y: Float64Array, yo: number, n: number, acc: Float64Array, slot: number): void {
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const d = a[ao + k]! - y[yo + k]!;
    sum += d * d;
  }
  acc[slot] = acc[slot]! + 0.5 * sum;
}

/** acc[slot] −= Σ y ln a (+ Σ (1 − y) ln(1 − a) for binary cross-entropy), logs floored. */
function crossEntropy(binary: boolean, a: Float64Array, ao: number, y: Float64Array, yo: number, n: number, acc: Float64Array, slot: number): void {
  if (logRow.values.length < 2 * n) logRow.values = new Float64Array(2 * n);
  const l = logRow.values;
  logArray(a, ao, l, 0, n);
  if (binary) {
    for (let k = 0; k < n; k++) l[n + k] = 1 - a[ao + k]!;
    logArray(l, n, l, n, n);
  }
  // The floor is written as a literal (= LOG_FLOOR): a module constant in `c ? LOG_FLOOR : lk`
  // makes V8 box lk on every pass.
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const yk = y[yo + k]!;
    if (yk !== 0) {
      const lk = l[k]!;
      sum += yk * (lk < -100 ? -100 : lk);
    }
    if (binary && yk !== 1) {
      const lk = l[n + k]!;
      sum += (1 - yk) * (lk < -100 ? -100 : lk);
    }
  }
  acc[slot] = acc[slot]! - sum;
}

/** Loss of one example with outputs `a` and targets `y` (same length), as defined above. */
export function lossValue(name: LossName, a: ArrayLike<number>, y: ArrayLike<number>): number {
  if (a.length !== y.length) throw new EngineError('SHAPE_MISMATCH', `outputs have ${a.length} values but targets have ${y.length}`);
  const acc = new Float64Array(1);
  accumulateLoss(lossCode(checkLoss(name, 'loss')), Float64Array.from(a), 0, Float64Array.from(y), 0, a.length, acc, 0);
  return acc[0]!;
}
