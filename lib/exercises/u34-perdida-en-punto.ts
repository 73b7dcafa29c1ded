import { Rng } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, meanSquaredLoss, pick } from './u34-draw';

/**
 * Height of the loss landscape at two points P = (w_P, b_P) and Q = (w_Q, b_Q) for a
 * two-example dataset: L(w, b) = ½ · Σ ½(w·xᵢ + b − yᵢ)². The answer is L(Q).
 */
export const landscapeHeightExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x1 = pick(rng, [0, 1]);
  const x2 = pick(rng, [2, 3]);
  const y1 = drawRounded(rng, -0.5, 1.5, 1);
  const y2 = drawRounded(rng, 1.5, 3.5, 1);
  const wP = drawRounded(rng, -0.5, 0.5, 1);
  const bP = drawRounded(rng, -1, 0, 1);
  const wQ = drawRounded(rng, 0.5, 1.5, 1);
  const bQ = drawRounded(rng, 0, 1, 1);
  const xs = [x1, x2];
  const ys = [y1, y2];
  const atP = meanSquaredLoss(wP, bP, xs, ys);
  const atQ = meanSquaredLoss(wQ, bQ, xs, ys);
  return {
    variables: {
      x1, y1, x2, y2, wP, bP, wQ, bQ,
      yhatP1: atP.predictions[0]!, yhatP2: atP.predictions[1]!, yhatQ1: atQ.predictions[0]!, yhatQ2: atQ.predictions[1]!,
      lossP: atP.loss, lossQ: atQ.loss,
    },
    answer: atQ.loss,
    decimals: 2,
  };
};
