import { value, type Rng, type Value } from '@/lib/engine';

/** `v` rounded to `decimals` digits, as a clean double (0.7, not 0.7000000000000001). */
export function roundTo(v: number, decimals: number): number {
  const scale = 10 ** decimals;
  const rounded = Math.round(v * scale) / scale;
  return rounded === 0 ? 0 : rounded;
}

/**
 * A uniform draw on [lo, hi] already rounded to `decimals` digits, so the number a learner
 * reads is exactly the number the engine computes with.
 */
export function drawRounded(rng: Rng, lo: number, hi: number, decimals: number): number {
  return roundTo(rng.uniform(lo, hi), decimals);
}

/** One element of `items`, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)]!;
}

/** +1 or −1 with equal probability. */
export function randomSign(rng: Rng): 1 | -1 {
  return rng.int(2) === 0 ? 1 : -1;
}

/** The course's per-example loss, L = ½(ŷ − y)², as a graph node. */
export function squaredError(prediction: Value, target: number): Value {
  return prediction.sub(target).pow(2).mul(0.5);
}

/** Mean of ½(w·xᵢ + b − yᵢ)² over a dataset, with w and b as leaves so backward gives ∂L/∂w and ∂L/∂b. */
export function meanSquaredLoss(w: number, b: number, xs: readonly number[], ys: readonly number[]) {
  const wv = value(w, 'w');
  const bv = value(b, 'b');
  const predictions = xs.map((x) => wv.mul(x).add(bv));
  const terms = predictions.map((prediction, i) => squaredError(prediction, ys[i]!));
  let total = terms[0]!;
  for (const term of terms.slice(1)) total = total.add(term);
  const loss = total.div(xs.length);
  loss.backward();
  return { loss: loss.data, gradW: wv.grad, gradB: bv.grad, predictions: predictions.map((p) => p.data) };
}
