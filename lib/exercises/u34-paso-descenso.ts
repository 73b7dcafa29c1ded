import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick, randomSign, roundTo, squaredError } from './u34-draw';

/**
 * One gradient-descent step for ŷ = w·x + b on one example: w ← w − η·∂L/∂w and
 * b ← b − η·∂L/∂b, with ∂L/∂w = (ŷ − y)·x and ∂L/∂b = ŷ − y from backward; the loss
 * before and after. The error ŷ − y is a multiple of 0.2, so L before is exact. Answer: new w.
 */
export const descentStepExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x = pick(rng, [-2, -1, 1, 2]);
  const w = drawRounded(rng, -1, 1.5, 1);
  const b = drawRounded(rng, -1, 1, 1);
  const error = randomSign(rng) * pick(rng, [0.4, 0.6, 0.8, 1, 1.2]);
  const y = roundTo(w * x + b - error, 1);
  const eta = x * x + 1 >= 5 ? 0.1 : pick(rng, [0.1, 0.2]);

  const wv = value(w, 'w');
  const bv = value(b, 'b');
  const yhat = wv.mul(x).add(bv);
  const before = squaredError(yhat, y);
  before.backward();
  const wNew = w - eta * wv.grad;
  const bNew = b - eta * bv.grad;
  const after = squaredError(value(wNew).mul(x).add(bNew), y);
  return {
    variables: { x, y, w, b, eta, yhat: yhat.data, gap: yhat.data - y, gradW: wv.grad, gradB: bv.grad, wNew, bNew, lossBefore: before.data, lossAfter: after.data },
    answer: wNew,
    decimals: 2,
  };
};
