import type { Rng } from '@/lib/engine';

/**
 * A uniform draw on [min, max] rounded to `decimals` digits, so the number a lesson shows is
 * exactly the number the engine computes with and a learner redoing the sum by hand agrees.
 */
export function drawRounded(rng: Rng, min: number, max: number, decimals = 1): number {
  const scale = 10 ** decimals;
  return Math.round(rng.uniform(min, max) * scale) / scale + 0;
}

/** {@link drawRounded} redrawn until |value| ≥ minAbs: a slope that shows, a divisor far from 0. */
export function drawAwayFromZero(rng: Rng, min: number, max: number, minAbs: number, decimals = 1): number {
  for (;;) {
    const drawn = drawRounded(rng, min, max, decimals);
    if (Math.abs(drawn) >= minAbs) return drawn;
  }
}

/** One of `choices`, uniformly. */
export function pick<T>(rng: Rng, choices: readonly T[]): T {
  return choices[rng.int(choices.length)]!;
}
