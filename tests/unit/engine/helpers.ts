import { expect } from 'vitest';

/**
 * |a − b| / max(|a|, |b|), with a floor on the denominator of `floor` (absolute scale
 * below which differences count as equal, for entries that cancel to ~0).
 */
export function relativeDifference(a: number, b: number, floor = 1e-300): number {
  if (Object.is(a, b) || a === b) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);
}

/** Asserts every pair of entries agrees to `tol` relative difference; `what` names the quantity. */
export function expectAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string, floor?: number): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) {
    const d = relativeDifference(actual[i]!, expected[i]!, floor);
    if (!(d <= tol)) expect.fail(`${what}[${i}]: ${actual[i]} vs ${expected[i]} (relative difference ${d} > ${tol})`);
  }
}
