import { lossAndSlope, type LossCurve } from './loss-curves';

/** |dL/dw| below this counts as standing on flat ground. */
export const FLAT_SLOPE = 1e-3;

/**
 * True when w is (numerically) a minimum of the curve: the engine's slope there is flat and
 * the loss is higher a little to each side (so not a maximum or a plateau).
 */
export function isMinimum(curve: LossCurve, w: number): boolean {
  const here = lossAndSlope(curve, w);
  if (Math.abs(here.slope) >= FLAT_SLOPE) return false;
  return lossAndSlope(curve, w - 0.01).loss > here.loss && lossAndSlope(curve, w + 0.01).loss > here.loss;
}

/** `found` plus w when w is a minimum not already recorded within 0,05; sorted by w. */
export function recordMinimum(curve: LossCurve, found: readonly number[], w: number): number[] {
  if (!isMinimum(curve, w) || found.some((m) => Math.abs(m - w) < 0.05)) return [...found];
  return [...found, w].sort((p, q) => p - q);
}
