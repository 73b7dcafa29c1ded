import type { LineFit, LossPoint } from './line-fit';

/**
 * Tip of the arrow drawn along −∇L from (w, b): `reach` units of (w, b) long while
 * |∇L| ≥ 0,5, shorter in proportion below that (so it shrinks to nothing at the minimum),
 * with the engine's loss at the tip for the 3-D view.
 */
export function descentArrowTip(fit: LineFit, w: number, b: number, dw: number, db: number, reach: number): [number, number, number] {
  const norm = Math.hypot(dw, db);
  const length = norm === 0 ? 0 : (reach * Math.min(1, norm / 0.5)) / norm;
  const tipW = w - length * dw;
  const tipB = b - length * db;
  const point: LossPoint = { loss: 0, dw: 0, db: 0 };
  return [tipW, tipB, fit.evaluate(tipW, tipB, point).loss];
}
