import { Rng, sum, Value } from '@/lib/engine';
import { noisyLine, type LineData } from './line-data';

/** The error of one prediction: e = ŷ − y, its size |e| and its square e². */
export interface PointError {
  readonly e: number;
  readonly size: number;
  readonly squared: number;
}

/** e = ŷ − y and e² through engine Values (sub, pow); |e| is the side of the square e². */
export function pointError(prediction: number, target: number): PointError {
  const e = new Value(prediction, { label: 'ŷ' }).sub(target);
  return { e: e.data, size: Math.abs(e.data), squared: e.pow(2).data };
}

/** A seeded target on the number line for the one-dimensional view, in [−2, 2] to one decimal. */
export function seededTarget(seed: number): number {
  return Math.round(new Rng(seed).uniform(-20, 20)) / 10;
}

/** The residuals of the line ŷ = w·x + b on a data set, and their mean squared error. */
export interface Residuals {
  readonly predictions: Float64Array;
  readonly errors: Float64Array;
  readonly squared: Float64Array;
  /** ECM = (1/n) Σ eᵢ², built as one engine expression. */
  readonly mse: number;
}

/**
 * ŷᵢ = w·xᵢ + b, eᵢ = ŷᵢ − yᵢ and ECM = (1/n) Σ eᵢ², all as engine Values. (The engine's
 * 'mse' loss is ½ e² per example; this is the plain mean of the squares that the learner
 * sees drawn, i.e. twice the engine's mean 'mse' loss.)
 */
export function residuals(data: LineData, w: number, b: number): Residuals {
  const n = data.xs.length;
  const predictions = new Float64Array(n);
  const errors = new Float64Array(n);
  const squared = new Float64Array(n);
  const weight = new Value(w, { label: 'w' });
  const bias = new Value(b, { label: 'b' });
  const squares: Value[] = [];
  for (let i = 0; i < n; i++) {
    const prediction = weight.mul(data.xs[i]!).add(bias);
    const e = prediction.sub(data.ys[i]!);
    const e2 = e.pow(2);
    predictions[i] = prediction.data;
    errors[i] = e.data;
    squared[i] = e2.data;
    squares.push(e2);
  }
  return { predictions, errors, squared, mse: sum(squares).div(n).data };
}

/** The scatter of ErrorDistancia in 2-D: 6 points around y = 0,8x + 0,6 inside [0, 5]². */
export function scatterData(seed: number): LineData {
  return noisyLine(seed, 6, { slope: 0.8, intercept: 0.6, xMin: 0.5, xMax: 4.5, noise: 0.9 });
}

/** ŷ = w·x + b at x = x0 and x = x1 (the ends of the drawn line), through engine Values. */
export function lineEnds(w: number, b: number, x0: number, x1: number): [number, number] {
  const weight = new Value(w);
  return [weight.mul(x0).add(b).data, weight.mul(x1).add(b).data];
}
