/**
 * Contour levels between min and max spaced quadratically, ℓ_k = min + (max − min)·(k/count)²
 * for k = 1 … count − 1. For a quadratic bowl the level sets of ℓ_k are then evenly spaced
 * ellipses, and the bands get thinner near the minimum where the detail is.
 */
export function contourLevels(min: number, max: number, count: number): Float64Array {
  const levels = new Float64Array(Math.max(count - 1, 0));
  for (let k = 1; k < count; k++) levels[k - 1] = min + ((max - min) * k * k) / (count * count);
  return levels;
}

/** Band of `value`: the number of levels at or below it (0 … levels.length), by binary search. */
export function bandOf(value: number, levels: Float64Array): number {
  let lo = 0;
  let hi = levels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (levels[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
