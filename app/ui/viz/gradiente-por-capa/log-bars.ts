import { log } from '@/lib/engine';

// The engine's log gives the same bits on the server and in every browser (Math.log10 need
// not), so the bar lengths rendered on the server match the client's exactly.
const LN10 = log(10);
const log10 = (v: number) => log(v) / LN10;

/** Horizontal bars on a logarithmic axis: where each bar ends and where the powers of ten sit. */
export interface LogBars {
  /** Exponents of the first and last tick (10^lo … 10^hi). */
  readonly lo: number;
  readonly hi: number;
  /** Per value, the bar's length as a fraction of the axis (0 for 0 or non-finite values). */
  readonly fractions: number[];
}

/**
 * Lays out `values` on a log axis from the power of ten below the smallest positive value to
 * the one at or above the largest, so every bar starts at the same left edge and
 * one tick further means ten times more.
 */
export function logBars(values: readonly number[]): LogBars {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return { lo: 0, hi: 1, fractions: values.map(() => 0) };
  // The power of ten strictly below the smallest value, so no positive value gets an empty bar;
  // the tiny offset keeps exact powers of ten (log10(0,1) ≈ −0,9999999999999998) in their decade.
  const lo = Math.ceil(log10(Math.min(...positive)) - 1e-9) - 1;
  const hi = Math.max(lo + 1, Math.ceil(log10(Math.max(...positive)) - 1e-9));
  const fractions = values.map((v) => (v > 0 && Number.isFinite(v) ? (log10(v) - lo) / (hi - lo) : 0));
  return { lo, hi, fractions };
}
