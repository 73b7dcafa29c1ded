import { Rng } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick, randomSign, roundTo } from './u34-draw';
import { descend, lossAndSlope } from './u34-descent';

const MAX_STEPS = 5000;

interface SmallStepSetup {
  x: number;
  y: number;
  w0: number;
  eta: number;
  etaGood: number;
}

function drawSetup(seed: number): SmallStepSetup {
  const rng = new Rng(seed);
  const x = pick(rng, [1, 2]);
  const eta = x === 1 ? pick(rng, [0.01, 0.02]) : 0.005;
  const etaGood = x === 1 ? 0.5 : 0.125;
  const w0 = drawRounded(rng, -1, 1, 1);
  const y = roundTo(w0 * x + randomSign(rng) * drawRounded(rng, 1, 2, 1), 1);
  return { x, y, w0, eta, etaGood };
}

/** Gradient-descent steps until L falls below 1 % of where it started. */
function stepsToOnePercent({ x, y, w0 }: SmallStepSetup, eta: number): number {
  const target = 0.01 * lossAndSlope(w0, x, y).loss;
  let w = w0;
  for (let step = 1; step <= MAX_STEPS; step++) {
    w -= eta * lossAndSlope(w, x, y).slope;
    if (lossAndSlope(w, x, y).loss < target) return step;
  }
  return MAX_STEPS;
}

/** Ten small steps on L(w) = ½(w·x − y)² next to ten good ones. Answer: L after the ten small steps. */
export const smallStepExercise: Exercise = (seed) => {
  const setup = drawSetup(seed);
  const { x, y, w0, eta, etaGood } = setup;
  const small = descend(x, y, w0, eta, 10);
  const good = descend(x, y, w0, etaGood, 10);
  return {
    variables: { x, y, w0, eta, etaGood, wStar: y / x, L0: small.losses[0]!, w10: small.weights[10]!, L10: small.losses[10]!, goodW10: good.weights[10]!, goodL10: good.losses[10]! },
    answer: small.losses[10]!,
    decimals: 3,
  };
};

/** Same setup as smallStepExercise (same seed, same numbers), counted in whole steps. Answer: steps with the small η. */
export const stepsNeededExercise: Exercise = (seed) => {
  const setup = drawSetup(seed);
  return {
    variables: { steps: stepsToOnePercent(setup, setup.eta), stepsGood: stepsToOnePercent(setup, setup.etaGood) },
    answer: stepsToOnePercent(setup, setup.eta),
    decimals: 0,
  };
};
