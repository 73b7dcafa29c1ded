import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick, randomSign, roundTo, squaredError } from './u34-draw';

const POINTS = 3;

/**
 * Mean squared-error loss of a line ŷ = w·x + b over three points: L = (1/3) Σ ½(ŷᵢ − yᵢ)².
 * x is an integer and each residual a multiple of 0.2, so every ŷᵢ, residual and ½rᵢ² is
 * exact with two decimals; only the mean is rounded.
 */
export const meanLossExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const w = drawRounded(rng, 0.5, 1.5, 1);
  const b = drawRounded(rng, -0.5, 1, 1);
  const xs = rng.shuffle([0, 1, 2, 3, 4]).slice(0, POINTS).sort((p, q) => p - q);
  const variables: Record<string, number> = { w, b };
  const wv = value(w);
  const bv = value(b);
  let total = value(0);
  xs.forEach((x, i) => {
    const prediction = wv.mul(x).add(bv);
    const yhat = roundTo(prediction.data, 1);
    const residual = randomSign(rng) * pick(rng, [0.2, 0.4, 0.6, 0.8, 1]);
    const y = roundTo(yhat - residual, 1);
    const term = squaredError(prediction, y);
    total = total.add(term);
    const k = i + 1;
    Object.assign(variables, { [`x${k}`]: x, [`y${k}`]: y, [`yhat${k}`]: prediction.data, [`r${k}`]: prediction.sub(y).data, [`half${k}`]: term.data });
  });
  variables.sum = total.data;
  return { variables, answer: total.div(POINTS).data, decimals: 2 };
};
