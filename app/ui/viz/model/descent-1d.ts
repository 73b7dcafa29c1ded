import { lossAndSlope, type LossCurve } from './loss-curves';

/** The points visited by gradient descent on a one-weight loss. */
export interface Descent1D {
  readonly eta: number;
  /** w_k, L(w_k) and dL/dw at w_k for k = 0 … count − 1 (later slots unused). */
  readonly w: Float64Array;
  readonly loss: Float64Array;
  readonly slope: Float64Array;
  /** Points computed; fewer than maxSteps + 1 when the run stopped at a non-finite value. */
  count: number;
}

/**
 * Gradient descent w_{k+1} = w_k − η·dL/dw(w_k) for `steps` steps, each slope from the
 * engine's backward pass. Stops early (count < steps + 1) once w, L or the slope is not finite,
 * so no NaN is ever stored.
 */
export function descend1D(curve: LossCurve, w0: number, eta: number, steps: number): Descent1D {
  const run: Descent1D = {
    eta,
    w: new Float64Array(steps + 1),
    loss: new Float64Array(steps + 1),
    slope: new Float64Array(steps + 1),
    count: 0,
  };
  let w = w0;
  for (let k = 0; k <= steps; k++) {
    if (!Number.isFinite(w)) break;
    const { loss, slope } = lossAndSlope(curve, w);
    if (!Number.isFinite(loss) || !Number.isFinite(slope)) break;
    run.w[k] = w;
    run.loss[k] = loss;
    run.slope[k] = slope;
    run.count = k + 1;
    w = w - eta * slope;
  }
  return run;
}

export type RunVerdict = 'inicio' | 'diverge' | 'oscila' | 'lento' | 'converge';

/**
 * How the run looks at step k: 'diverge' when the next point is not finite, or the loss is
 * above where it started and still rising; 'converge' once |dL/dw| < 10⁻³ or while each step
 * shrinks the slope clearly; 'oscila' when the slope changes sign (the step jumped over the
 * minimum); 'lento' when a step keeps more than 90 % of the slope.
 */
export function verdict(run: Descent1D, k: number): RunVerdict {
  if (k === 0) return 'inicio';
  if (k >= run.count) return 'diverge';
  const loss = run.loss[k]!;
  if (loss > run.loss[0]! && loss > run.loss[k - 1]!) return 'diverge';
  const slope = run.slope[k]!;
  const previous = run.slope[k - 1]!;
  if (Math.abs(slope) < 1e-3) return 'converge';
  if (slope * previous < 0) return 'oscila';
  return Math.abs(slope) > 0.9 * Math.abs(previous) ? 'lento' : 'converge';
}

/** One step w − η·dL/dw with the engine's slope; null if the result is not finite. */
export function stepOnce(curve: LossCurve, w: number, eta: number): number | null {
  const next = w - eta * lossAndSlope(curve, w).slope;
  return Number.isFinite(next) ? next : null;
}
