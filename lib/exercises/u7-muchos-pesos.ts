import { chainGraph, chainVariables, type Chain } from './u7-chain';
import { chainAndRate } from './u7-un-peso';
import type { Exercise } from './types';

/** Every parameter moved at once with the gradients of the same point: p ← p − η·∂L/∂p for w₁, b₁, w₂, b₂. */
export function jointStep(chain: Chain, eta: number): Chain {
  const g = chainGraph(chain);
  return { ...chain, w1: chain.w1 - eta * g.w1.grad, b1: chain.b1 - eta * g.b1.grad, w2: chain.w2 - eta * g.w2.grad, b2: chain.b2 - eta * g.b2.grad };
}

/** One joint step, compared with the step on w₂ alone. Answer: L after the joint step. */
export const jointStepExercise: Exercise = (seed) => {
  const { chain, eta } = chainAndRate(seed);
  const next = jointStep(chain, eta);
  const after = chainGraph(next);
  const onlyW2 = chainGraph({ ...chain, w2: next.w2 });
  return {
    variables: {
      ...chainVariables(chain),
      eta,
      w1New: next.w1,
      b1New: next.b1,
      w2New: next.w2,
      b2New: next.b2,
      hAfter: after.h.data,
      yhatAfter: after.yhat.data,
      lossAfter: after.loss.data,
      lossOnlyW2: onlyW2.loss.data,
    },
    answer: after.loss.data,
    decimals: 3,
  };
};

/** Three joint steps with the same η, each from the gradients at the new point: ŷ and L after each. Answer: L after three steps. */
export const severalStepsExercise: Exercise = (seed) => {
  const { chain, eta } = chainAndRate(seed);
  const variables: Record<string, number> = { ...chainVariables(chain), eta };
  let current = chain;
  for (let k = 0; k <= 3; k++) {
    const g = chainGraph(current);
    variables[`yhat${k}`] = g.yhat.data;
    variables[`loss${k}`] = g.loss.data;
    variables[`w2_${k}`] = current.w2;
    variables[`w1_${k}`] = current.w1;
    current = jointStep(current, eta);
  }
  variables.ratio = variables.loss3! / variables.loss0!;
  return { variables, answer: variables.loss3!, decimals: 3 };
};
