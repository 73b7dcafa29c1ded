import { Rng } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick, randomSign, roundTo } from './u34-draw';
import { lossAndSlope } from './u34-descent';

/** Nudge used for the finite-difference estimate (lesson 1.1.1's "empujar el peso"). */
const NUDGE = 0.01;

/**
 * Slope of L(w) = ½(w·x − y)² at one w, twice: exactly from the engine's backward pass,
 * (w·x − y)·x, and approximately by nudging w: (L(w + 0.01) − L(w)) / 0.01.
 */
export const slopeDirectionExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x = pick(rng, [1, 2]);
  const w = drawRounded(rng, -1, 2, 1);
  const y = roundTo(w * x - randomSign(rng) * drawRounded(rng, 0.2, 1.5, 1), 1);
  const here = lossAndSlope(w, x, y);
  const nudged = lossAndSlope(w + NUDGE, x, y);
  return {
    variables: { x, y, w, yhat: w * x, loss: here.loss, lossNudged: nudged.loss, estimate: (nudged.loss - here.loss) / NUDGE, slope: here.slope },
    answer: here.slope,
    decimals: 3,
  };
};
