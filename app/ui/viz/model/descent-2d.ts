import type { LineFit, LossPoint } from './line-fit';

/** A gradient-descent path over (w, b): point k and the loss and gradient there. */
export interface Descent2D {
  readonly eta: number;
  readonly w: Float64Array;
  readonly b: Float64Array;
  readonly loss: Float64Array;
  readonly dw: Float64Array;
  readonly db: Float64Array;
  /** Points stored (the run stops at a non-finite value or once the gradient vanishes). */
  count: number;
  /**
   * Why it stopped: 'pasos' (ran out of steps), 'minimo' (|∇L| < 10⁻⁶) or 'diverge' (a
   * non-finite value, or the loss grew past 10⁴ times where it started: far off any drawing).
   */
  ending: 'pasos' | 'minimo' | 'diverge';
}

/** Repeated engine steps from (w0, b0) with learning rate η, up to `steps` steps. */
export function descend2D(fit: LineFit, w0: number, b0: number, eta: number, steps: number): Descent2D {
  const path: Descent2D = {
    eta,
    w: new Float64Array(steps + 1),
    b: new Float64Array(steps + 1),
    loss: new Float64Array(steps + 1),
    dw: new Float64Array(steps + 1),
    db: new Float64Array(steps + 1),
    count: 0,
    ending: 'pasos',
  };
  const point: LossPoint = { loss: 0, dw: 0, db: 0 };
  let w = w0;
  let b = b0;
  for (let k = 0; k <= steps; k++) {
    fit.evaluate(w, b, point);
    if (!Number.isFinite(point.loss) || !Number.isFinite(point.dw) || !Number.isFinite(point.db)) {
      path.ending = 'diverge';
      break;
    }
    path.w[k] = w;
    path.b[k] = b;
    path.loss[k] = point.loss;
    path.dw[k] = point.dw;
    path.db[k] = point.db;
    path.count = k + 1;
    if (point.loss > 1e4 * (path.loss[0]! + 1)) {
      path.ending = 'diverge';
      break;
    }
    if (Math.hypot(point.dw, point.db) < 1e-6) {
      path.ending = 'minimo';
      break;
    }
    if (k === steps) break;
    const next = fit.stepFromLast(eta);
    if (!next) {
      path.ending = 'diverge';
      break;
    }
    [w, b] = next;
  }
  return path;
}

/**
 * How the path looks at point k: 'diverge' past the end of a diverging path or when the loss
 * is above its start and rising; 'converge' at a vanishing gradient or while each step cuts
 * |∇L| by more than 10 %; 'oscila' when ∇L turns by more than 90° (the step overshot the
 * valley floor); 'lento' otherwise.
 */
export function verdict2D(path: Descent2D, k: number): 'inicio' | 'diverge' | 'oscila' | 'lento' | 'converge' {
  if (k === 0) return 'inicio';
  if (k >= path.count) return path.ending === 'diverge' ? 'diverge' : 'converge';
  if (path.loss[k]! > path.loss[0]! && path.loss[k]! > path.loss[k - 1]!) return 'diverge';
  const norm = Math.hypot(path.dw[k]!, path.db[k]!);
  const previous = Math.hypot(path.dw[k - 1]!, path.db[k - 1]!);
  if (norm < 1e-3) return 'converge';
  if (path.dw[k]! * path.dw[k - 1]! + path.db[k]! * path.db[k - 1]! < 0) return 'oscila';
  return norm > 0.9 * previous ? 'lento' : 'converge';
}
