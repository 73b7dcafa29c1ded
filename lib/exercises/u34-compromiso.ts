import { Rng } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, meanSquaredLoss, randomSign, roundTo } from './u34-draw';

const STEPS = 10;

/** Ten gradient-descent steps on the mean loss of ŷ = w·x over the dataset (no bias). */
function train(xs: readonly number[], ys: readonly number[], w0: number, eta: number) {
  let w = w0;
  for (let step = 0; step < STEPS; step++) w -= eta * meanSquaredLoss(w, 0, xs, ys).gradW;
  return { w, loss: meanSquaredLoss(w, 0, xs, ys).loss };
}

/**
 * Three learning rates on the same problem, ŷ = w·x over three points with
 * L(w) = (1/3) Σ ½(w·xᵢ − yᵢ)². This L is a parabola of curvature k = mean(xᵢ²), so η·k
 * decides everything: η < 2/k converges, η > 2/k diverges. Answer: L after ten steps with the good η.
 */
export const tradeOffExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const xs = rng.shuffle([1, 2, 3, 4]).slice(0, 3).sort((p, q) => p - q);
  const wTrue = drawRounded(rng, 0.5, 1.5, 1);
  const ys = xs.map((x) => roundTo(wTrue * x + randomSign(rng) * drawRounded(rng, 0.1, 0.4, 1), 1));
  const w0 = drawRounded(rng, -1, 0, 1);
  const k = xs.reduce((total, x) => total + x * x, 0) / xs.length;
  const etaSmall = roundTo(0.05 / k, 3);
  const etaGood = roundTo(1 / k, 2);
  const etaLarge = roundTo(2.2 / k, 2);
  const wBest = xs.reduce((total, x, i) => total + x * ys[i]!, 0) / xs.reduce((total, x) => total + x * x, 0);
  const small = train(xs, ys, w0, etaSmall);
  const good = train(xs, ys, w0, etaGood);
  const large = train(xs, ys, w0, etaLarge);
  const [x1, x2, x3] = xs as [number, number, number];
  const [y1, y2, y3] = ys as [number, number, number];
  return {
    variables: {
      x1, x2, x3, y1, y2, y3, w0, k, etaMax: 2 / k, etaSmall, etaGood, etaLarge,
      L0: meanSquaredLoss(w0, 0, xs, ys).loss, wBest, lossBest: meanSquaredLoss(wBest, 0, xs, ys).loss,
      wSmall: small.w, lossSmall: small.loss, wGood: good.w, lossGood: good.loss, wLarge: large.w, lossLarge: large.loss,
    },
    answer: good.loss,
    decimals: 3,
  };
};
