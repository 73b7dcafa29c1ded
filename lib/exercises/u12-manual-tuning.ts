import { Rng, value, type Value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero, drawRounded } from './u12-draw';

/** Size of the manual nudge tried on w, both ways (part of the exercise's definition). */
export const MANUAL_NUDGE = 0.5;

/** Mean loss of ŷ = w·x + b over the points: (1/n)·Σ ½(w·xᵢ + b − yᵢ)². */
function meanSquaredError(w: number, b: number, points: readonly (readonly [number, number])[]): Value {
  const terms = points.map(([x, y]) => value(w).mul(x).add(b).sub(y).pow(2).mul(0.5));
  return terms.reduce((acc, term) => acc.add(term)).div(points.length);
}

/**
 * Tuning by hand: the mean loss ½(ŷ − y)² of ŷ = w·x + b on two points at w, at w + h and at
 * w − h (h = 0.5), each a full pass over the data. Variables: x1, y1, x2, y2, w, b, h,
 * lossBase, lossPlus, lossMinus. Answer: lossPlus.
 */
export const manualTuning: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x1 = drawAwayFromZero(rng, -2, 2, 0.5);
  let x2 = drawAwayFromZero(rng, -2, 2, 0.5);
  while (x2 === x1) x2 = drawAwayFromZero(rng, -2, 2, 0.5);
  const y1 = drawRounded(rng, -2, 2);
  const y2 = drawRounded(rng, -2, 2);
  const w = drawRounded(rng, -1.5, 1.5);
  const b = drawRounded(rng, -1, 1);
  const points = [
    [x1, y1],
    [x2, y2],
  ] as const;
  const h = MANUAL_NUDGE;
  const lossBase = meanSquaredError(w, b, points).data;
  const lossPlus = meanSquaredError(w + h, b, points).data;
  const lossMinus = meanSquaredError(w - h, b, points).data;
  return { variables: { x1, y1, x2, y2, w, b, h, lossBase, lossPlus, lossMinus }, answer: lossPlus, decimals: 2 };
};
