import { Rng, Value } from '@/lib/engine';

export type CurveName = 'cuadratica' | 'minimos-locales';

export const CURVE_NAMES: readonly CurveName[] = ['cuadratica', 'minimos-locales'];

/** A one-weight loss L(w), built from engine Values so that dL/dw comes from backward(). */
export interface LossCurve {
  readonly name: CurveName;
  /** The formula as the learner reads it. */
  readonly formula: string;
  /** The range of w drawn. */
  readonly domain: readonly [number, number];
  /** Where seeded runs start: w uniform in this range. */
  readonly startRange: readonly [number, number];
  build(w: Value): Value;
}

/** L(w) = (w − 1)²: one minimum at w = 1; dL/dw = 2(w − 1), so η > 1 diverges. */
const quadratic: LossCurve = {
  name: 'cuadratica',
  formula: 'L(w) = (w − 1)²',
  domain: [-3, 5],
  startRange: [-2.5, -1.5],
  build: (w) => w.sub(1).pow(2),
};

/**
 * L(w) = 0,05w⁴ − 0,4w² + 0,15w + 1,3: a global minimum near w ≈ −2,09 and a local one near
 * w ≈ 1,90, separated by a maximum near w ≈ 0,19; dL/dw = 0,2w³ − 0,8w + 0,15.
 */
const localMinima: LossCurve = {
  name: 'minimos-locales',
  formula: 'L(w) = 0,05w⁴ − 0,4w² + 0,15w + 1,3',
  domain: [-3.2, 3.2],
  startRange: [2.4, 3],
  build: (w) => w.pow(4).mul(0.05).sub(w.pow(2).mul(0.4)).add(w.mul(0.15)).add(1.3),
};

export const CURVES: Readonly<Record<CurveName, LossCurve>> = { cuadratica: quadratic, 'minimos-locales': localMinima };

/** L(w) and dL/dw at one point: forward through the curve's Value graph, then backward. */
export function lossAndSlope(curve: LossCurve, w: number): { loss: number; slope: number } {
  const weight = new Value(w, { label: 'w' });
  const loss = curve.build(weight);
  loss.backward();
  return { loss: loss.data, slope: weight.grad };
}

/** L at `count` evenly spaced w across the domain, for drawing the curve: [w₀, L₀, w₁, L₁, …]. */
export function sampleCurve(curve: LossCurve, count: number): Float64Array {
  const [lo, hi] = curve.domain;
  const out = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    const w = lo + ((hi - lo) * i) / (count - 1);
    out[2 * i] = w;
    out[2 * i + 1] = curve.build(new Value(w)).data;
  }
  return out;
}

/** Smallest and largest L among the samples of {@link sampleCurve}. */
export function sampledRange(samples: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 1; i < samples.length; i += 2) {
    const l = samples[i]!;
    if (l < lo) lo = l;
    if (l > hi) hi = l;
  }
  return [lo, hi];
}

/** A start w drawn from the curve's start range by the engine's Rng, rounded to 0,1. */
export function seededStart(curve: LossCurve, seed: number): number {
  return Math.round(new Rng(seed).uniform(curve.startRange[0], curve.startRange[1]) * 10) / 10;
}
