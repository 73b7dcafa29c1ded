import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, randomSign, roundTo } from './u34-draw';

/** Signed error e = ŷ − y of one prediction, and its size |ŷ − y|. */
export const errorWithSign: Exercise = (seed) => {
  const rng = new Rng(seed);
  const y = drawRounded(rng, 0.5, 3, 1);
  const gap = randomSign(rng) * drawRounded(rng, 0.3, 1.5, 1);
  const yhat = roundTo(y + gap, 1);
  const error = value(yhat).sub(y).data;
  return { variables: { yhat, y, absError: Math.abs(error) }, answer: error, decimals: 1 };
};
