import { Rng } from '@/lib/engine';

/** Points (xᵢ, yᵢ) for fitting a line ŷ = w·x + b. */
export interface LineData {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/**
 * `count` points near the line y = slope·x + intercept: x spread evenly over [xMin, xMax]
 * (one per slot, jittered within ±30 % of a slot), y with uniform noise of ±noise, every
 * random number from the engine's Rng seeded by `seed`.
 */
export function noisyLine(seed: number, count: number, spec: { slope: number; intercept: number; xMin: number; xMax: number; noise: number }): LineData {
  const rng = new Rng(seed);
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const x = spec.xMin + ((spec.xMax - spec.xMin) * (i + 0.5 + rng.uniform(-0.3, 0.3))) / count;
    xs[i] = x;
    ys[i] = spec.slope * x + spec.intercept + rng.uniform(-spec.noise, spec.noise);
  }
  return { xs, ys };
}

/** The data behind SuperficiePerdida: 8 points around y = 1,5x + 0,5 for x in [−0,5, 2]. */
export function surfaceData(seed: number): LineData {
  return noisyLine(seed, 8, { slope: 1.5, intercept: 0.5, xMin: -0.5, xMax: 2, noise: 0.6 });
}

/** The window of (w, b) drawn around the generating line. */
export const SURFACE_WINDOW = { wMin: -1.5, wMax: 4.5, bMin: -2.5, bMax: 3.5 } as const;
