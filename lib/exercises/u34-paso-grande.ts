import { Rng } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick, randomSign, roundTo } from './u34-draw';
import { descend } from './u34-descent';

/**
 * Learning rates past the limit on L(w) = ½(w·x − y)². Each step multiplies the distance to
 * the bottom by 1 − η·x², so for η > 2/x² it grows and flips side (divergence), while for
 * 1/x² < η < 2/x² it flips side but shrinks (damped zigzag). Answer: L after three large steps.
 */
export const largeStepExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x = pick(rng, [1, 2]);
  const eta = x === 1 ? pick(rng, [2.2, 2.4]) : pick(rng, [0.55, 0.6]);
  const etaZigzag = x === 1 ? 1.6 : 0.4;
  const w0 = drawRounded(rng, -1, 1, 1);
  const y = roundTo(w0 * x + randomSign(rng) * drawRounded(rng, 0.5, 1, 1), 1);
  const large = descend(x, y, w0, eta, 3);
  const zigzag = descend(x, y, w0, etaZigzag, 3);
  const [, w1, w2, w3] = large.weights as [number, number, number, number];
  const [L0, L1, L2, L3] = large.losses as [number, number, number, number];
  const [, z1, z2, z3] = zigzag.weights as [number, number, number, number];
  return {
    variables: {
      x, y, w0, eta, limit: 2 / (x * x), wStar: y / x, ratio: (w2 - y / x) / (w1 - y / x),
      w1, w2, w3, L0, L1, L2, L3,
      etaZigzag, z1, z2, z3, zigzagL3: zigzag.losses[3]!,
    },
    answer: L3,
    decimals: 3,
  };
};
