import { Rng } from '@/lib/engine';
import type { Exercise } from './types';
import { pick } from './u12-draw';
import { neuronGraph } from './u6-graphs';

/**
 * The gradient read as a prediction: pushing w by ε changes L by about ε·∂L/∂w. The actual
 * change is recomputed with the engine at w + ε (and a large push shows the gap growing).
 * Answer: the predicted change ε·∂L/∂w.
 */
export const nudgeExercise: Exercise = (seed) => {
  const g = neuronGraph(seed);
  const eps = pick(new Rng(seed + 1000), [0.02, 0.05, 0.1]);
  const big = 0.5;
  const predicted = eps * g.gradW;
  const actual = neuronGraph(seed, eps).loss - g.loss;
  const bigPredicted = big * g.gradW;
  const bigActual = neuronGraph(seed, big).loss - g.loss;
  return {
    variables: { ...g, eps, predicted, actual, lossNew: g.loss + actual, big, bigPredicted, bigActual },
    answer: predicted,
    decimals: 4,
  };
};
