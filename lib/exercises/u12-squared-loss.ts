import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero, drawRounded } from './u12-draw';

/**
 * One prediction of the model ŷ = w·x + b and its squared-error loss L = ½(ŷ − y)² (the course's loss).
 * Variables: w, b, x, y, yhat (ŷ), error (ŷ − y). Answer: L.
 */
export const squaredLoss: Exercise = (seed) => {
  const rng = new Rng(seed);
  const w = drawAwayFromZero(rng, -2, 2, 0.3);
  const b = drawRounded(rng, -1, 1);
  const x = drawAwayFromZero(rng, -2, 2, 0.5);
  const y = drawRounded(rng, -2, 2);
  const yhat = value(w).mul(x).add(b);
  const error = yhat.sub(y);
  const loss = error.pow(2).mul(0.5);
  return { variables: { w, b, x, y, yhat: yhat.data, error: error.data }, answer: loss.data, decimals: 2 };
};
