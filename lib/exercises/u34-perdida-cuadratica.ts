import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick, randomSign, roundTo, squaredError } from './u34-draw';

/**
 * Squared-error loss of one example, L = ½(ŷ − y)². The gap ŷ − y is a multiple of 0.2,
 * so ½(ŷ − y)² is exact with two decimals and a learner's hand arithmetic matches.
 */
export const squaredLossExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const y = drawRounded(rng, -1, 2.5, 1);
  const diff = randomSign(rng) * pick(rng, [0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6]);
  const yhat = roundTo(y + diff, 1);
  const gap = value(yhat).sub(y);
  const loss = squaredError(value(yhat), y);
  return {
    variables: { yhat, y, diff: gap.data, absDiff: Math.abs(gap.data), sq: gap.data * gap.data },
    answer: loss.data,
    decimals: 2,
  };
};
