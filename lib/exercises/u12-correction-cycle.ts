import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero, drawRounded, pick } from './u12-draw';

/**
 * One prediction → error → correction cycle of ŷ = w·x + b with L = ½(ŷ − y)²: backward gives
 * ∂L/∂w = (ŷ − y)·x and ∂L/∂b = ŷ − y; then w ← w − η·∂L/∂w, b ← b − η·∂L/∂b.
 * Variables: w, b, x, y, eta, yhat, error, loss, gradW, gradB, wNew, bNew, yhatNew, lossNew.
 * Answer: wNew.
 */
export const correctionCycle: Exercise = (seed) => {
  const rng = new Rng(seed);
  const w = drawRounded(rng, -1.5, 1.5);
  const b = drawRounded(rng, -1, 1);
  const x = drawAwayFromZero(rng, -1.5, 1.5, 0.5);
  let y = drawRounded(rng, -2, 2);
  while (Math.abs(w * x + b - y) < 0.3) y = drawRounded(rng, -2, 2);
  const eta = pick(rng, [0.1, 0.2]);

  const wv = value(w, 'w');
  const bv = value(b, 'b');
  const yhat = wv.mul(x).add(bv);
  const error = yhat.sub(y);
  const loss = error.pow(2).mul(0.5);
  loss.backward();
  const wNew = w - eta * wv.grad;
  const bNew = b - eta * bv.grad;
  const yhatNew = value(wNew).mul(x).add(bNew);
  const lossNew = yhatNew.sub(y).pow(2).mul(0.5);
  return {
    variables: { w, b, x, y, eta, yhat: yhat.data, error: error.data, loss: loss.data, gradW: wv.grad, gradB: bv.grad, wNew, bNew, yhatNew: yhatNew.data, lossNew: lossNew.data },
    answer: wNew,
    decimals: 2,
  };
};
