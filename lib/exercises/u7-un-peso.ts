import { Rng } from '@/lib/engine';
import { chainGraph, chainVariables, drawChain, type Chain } from './u7-chain';
import type { Exercise } from './types';
import { pick } from './u34-draw';

/** The chain of `seed` and the learning rate its worked examples use. */
export function chainAndRate(seed: number): { chain: Chain; eta: number } {
  const rng = new Rng(seed);
  const chain = drawChain(rng);
  return { chain, eta: pick(rng, [0.2, 0.5, 1]) };
}

/** The chain's numbers (one decimal each: x, w₁, b₁, w₂, b₂, y) and z = w₁x + b₁, which is exact at that precision. */
export const chainSetupExercise: Exercise = (seed) => {
  const { chain } = chainAndRate(seed);
  const z = chainGraph(chain).z.data;
  return { variables: { ...chain, z }, answer: z, decimals: 1 };
};

/** Before any update: forward values, L and, from backward, ∂L/∂w₂ = (ŷ − y)·h and ∂L/∂w₁. Answer: ∂L/∂w₂. */
export const gradientBeforeExercise: Exercise = (seed) => {
  const variables = chainVariables(chainAndRate(seed).chain);
  return { variables, answer: variables.gradW2!, decimals: 3 };
};

/**
 * One update of w₂ alone, w₂ ← w₂ − η·∂L/∂w₂, and the chain evaluated again. ŷ is linear
 * in w₂, so ŷ moves by exactly h·Δw₂; the loss drop is close to η·(∂L/∂w₂)² when η is small.
 */
function stepOnW2(seed: number) {
  const { chain, eta } = chainAndRate(seed);
  const before = chainVariables(chain);
  const w2New = chain.w2 - eta * before.gradW2!;
  const after = chainGraph({ ...chain, w2: w2New });
  return {
    ...before,
    eta,
    w2New,
    deltaW2: w2New - chain.w2,
    yhatAfter: after.yhat.data,
    yhatChange: after.yhat.data - before.yhat!,
    errorAfter: after.yhat.data - chain.y,
    lossAfter: after.loss.data,
    lossDrop: before.loss! - after.loss.data,
    dropEstimate: eta * before.gradW2! ** 2,
    gradW2After: after.w2.grad,
  };
}

/** Answer: w₂ after one step. */
export const weightStepExercise: Exercise = (seed) => {
  const variables = stepOnW2(seed);
  return { variables, answer: variables.w2New, decimals: 3 };
};

/** Answer: L after the step on w₂. */
export const lossAfterStepExercise: Exercise = (seed) => {
  const variables = stepOnW2(seed);
  return { variables, answer: variables.lossAfter, decimals: 3 };
};

/**
 * One update of the hidden weight w₁ alone. ŷ is not linear in w₁: the straight-line
 * estimate ŷ + (∂ŷ/∂w₁)·Δw₁ (∂ŷ/∂w₁ from backward on ŷ) is close to the true new ŷ, not equal.
 * Answer: ŷ after the step.
 */
export const predictionAfterStepExercise: Exercise = (seed) => {
  const { chain, eta } = chainAndRate(seed);
  const graph = chainGraph(chain);
  const before = chainVariables(chain, graph);
  graph.yhat.backward();
  const dyhatDw1 = graph.w1.grad;
  const w1New = chain.w1 - eta * before.gradW1!;
  const after = chainGraph({ ...chain, w1: w1New });
  const yhatEstimate = before.yhat! + dyhatDw1 * (w1New - chain.w1);
  return {
    variables: { ...before, eta, dyhatDw1, w1New, deltaW1: w1New - chain.w1, hAfter: after.h.data, yhatAfter: after.yhat.data, yhatEstimate, lossAfter: after.loss.data },
    answer: after.yhat.data,
    decimals: 3,
  };
};
