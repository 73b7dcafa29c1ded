import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero, drawRounded, pick } from './u12-draw';

/**
 * A linear neuron ŷ = w·x + b whose weight moves by Δw: ŷ moves by exactly x·Δw (the local
 * derivative ∂ŷ/∂w = x), and L = ½(ŷ − y)² moves with it. Answer: the new ŷ.
 */
export const weightChangeExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x = drawAwayFromZero(rng, -2, 2, 0.5);
  const w = drawAwayFromZero(rng, -1.5, 1.5, 0.2);
  const b = drawRounded(rng, -1, 1);
  const y = drawRounded(rng, -2, 2);
  const dw = pick(rng, [-0.2, -0.1, 0.1, 0.2]);
  const forward = (weight: number) => {
    const yhat = value(weight, 'w').mul(x).add(b);
    return { yhat, loss: yhat.sub(y).pow(2).mul(0.5) };
  };
  const before = forward(w);
  const after = forward(w + dw);
  return {
    variables: { x, w, b, y, dw, wNew: w + dw, yhat: before.yhat.data, yhatNew: after.yhat.data, dyhat: after.yhat.data - before.yhat.data, loss: before.loss.data, lossNew: after.loss.data },
    answer: after.yhat.data,
    decimals: 2,
  };
};
