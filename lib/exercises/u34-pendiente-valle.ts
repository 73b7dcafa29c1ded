import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick, roundTo, squaredError } from './u34-draw';

/**
 * Slope of the valley L(w) = ½(w·x + b − y)² (one example, b fixed) on each side of its
 * bottom w* = (y − b)/x: dL/dw = (ŷ − y)·x, read from the engine's backward pass. The
 * answer is the slope at the point to the right of the bottom.
 */
export const valleySlopeExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x = pick(rng, [1, 2, 3]);
  const b = drawRounded(rng, -0.5, 0.5, 1);
  const wStar = drawRounded(rng, -0.5, 1.5, 1);
  const y = roundTo(wStar * x + b, 1);
  const wLeft = roundTo(wStar - drawRounded(rng, 0.3, 1, 1), 1);
  const wRight = roundTo(wStar + drawRounded(rng, 0.3, 1, 1), 1);
  const slopeAt = (w: number) => {
    const wv = value(w, 'w');
    const yhat = wv.mul(x).add(b);
    squaredError(yhat, y).backward();
    return { yhat: yhat.data, slope: wv.grad };
  };
  const left = slopeAt(wLeft);
  const right = slopeAt(wRight);
  return {
    variables: { x, b, y, wStar, wLeft, wRight, yhatLeft: left.yhat, yhatRight: right.yhat, slopeLeft: left.slope, slopeRight: right.slope },
    answer: right.slope,
    decimals: 1,
  };
};
