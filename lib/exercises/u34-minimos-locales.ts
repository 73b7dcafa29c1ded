import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded } from './u34-draw';

const STEPS = 200;
const STEP_SIZE = 0.05;

/** L(w) = ¼w⁴ − w² + c·w + 3: two valleys; with c > 0 the left one is deeper (the 3 keeps L positive). */
function tiltedDoubleWell(w: number, c: number) {
  const wv = value(w, 'w');
  const loss = wv.pow(4).mul(0.25).sub(wv.pow(2)).add(wv.mul(c)).add(3);
  loss.backward();
  return { loss: loss.data, slope: wv.grad };
}

/** Always walking downhill, w ← w − 0.05·dL/dw, 200 times: where a start ends up. */
function walkDownhill(start: number, c: number): number {
  let w = start;
  for (let step = 0; step < STEPS; step++) w -= STEP_SIZE * tiltedDoubleWell(w, c).slope;
  return w;
}

/**
 * Two starts on the same landscape, one on each side of the hump, end in different valleys:
 * the left one (global minimum) and the right one (local minimum). The answer is how much
 * higher the right valley's bottom is, L(end_B) − L(end_A).
 */
export const localMinimaExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const c = drawRounded(rng, 0.3, 0.8, 1);
  const startA = drawRounded(rng, -2.2, -0.6, 1);
  const startB = drawRounded(rng, 0.6, 2.2, 1);
  const endA = walkDownhill(startA, c);
  const endB = walkDownhill(startB, c);
  const lossA = tiltedDoubleWell(endA, c).loss;
  const lossB = tiltedDoubleWell(endB, c).loss;
  return { variables: { c, startA, startB, endA, endB, lossA, lossB }, answer: lossB - lossA, decimals: 2 };
};
