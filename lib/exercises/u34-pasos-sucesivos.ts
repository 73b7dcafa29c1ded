import { Rng } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick, randomSign, roundTo } from './u34-draw';
import { descend } from './u34-descent';

/**
 * Three gradient-descent steps on L(w) = ½(w·x − y)² with a fixed η: each step is
 * −η·dL/dw, so it shrinks as the slope flattens, by the constant ratio 1 − η·x². Answer: w₃.
 */
export const successiveStepsExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x = pick(rng, [1, 2]);
  const eta = x === 1 ? pick(rng, [0.3, 0.5]) : pick(rng, [0.1, 0.2]);
  const w0 = drawRounded(rng, -1, 1, 1);
  const y = roundTo(w0 * x + randomSign(rng) * drawRounded(rng, 1, 2, 1), 1);
  const path = descend(x, y, w0, eta, 3);
  const [g0, g1, g2] = path.slopes as [number, number, number];
  const [, w1, w2, w3] = path.weights as [number, number, number, number];
  const [L0, L1, L2, L3] = path.losses as [number, number, number, number];
  const step0 = w1 - w0;
  const step1 = w2 - w1;
  return {
    variables: { x, y, eta, w0, w1, w2, w3, g0, g1, g2, step0, step1, step2: w3 - w2, L0, L1, L2, L3, ratio: step1 / step0 },
    answer: w3,
    decimals: 3,
  };
};
