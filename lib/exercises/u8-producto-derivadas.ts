import type { Exercise } from './types';
import { CHAIN_LAYERS, chainPass, chainVariables, drawChain } from './u8-chain';

/** Sigmoid chains: weights in [0,5, 2], so every factor w·σ′(z) stays under 2·0,25 = 0,5. */
function sigmoidChain(seed: number) {
  const { x, weights, y } = drawChain(seed, 0.5, 2);
  return { x, y, weights, pass: chainPass(x, weights, y, 'sigmoid') };
}

/**
 * The chain as the text describes it (two decimals): x, y, the weights, activations,
 * slopes σ′(z_l) and the loss. Answer: σ′(z₄), the output layer's slope.
 */
export const sigmoidChainExercise: Exercise = (seed) => {
  const { x, y, weights, pass } = sigmoidChain(seed);
  return { variables: { x, y, loss: pass.loss, ...chainVariables(weights, pass) }, answer: pass.slope[CHAIN_LAYERS - 1]!, decimals: 2 };
};

/**
 * δ shrinking on its way back (five decimals): the factors f_l = w_l·σ′(z_{l−1}) that carry
 * δ from layer l to layer l − 1, the deltas, and the bound 0,25³·w₂w₃w₄ that σ′ ≤ 0,25
 * imposes. Answer: δ₁/δ₄ = f₄·f₃·f₂, the share of the output's δ that reaches layer 1.
 */
export const derivativeProductExercise: Exercise = (seed) => {
  const { weights, pass } = sigmoidChain(seed);
  const [, w2, w3, w4] = weights as [number, number, number, number];
  const [s1, s2, s3] = pass.slope as [number, number, number, number];
  const [d1, d2, d3, d4] = pass.delta as [number, number, number, number];
  return {
    variables: {
      f2: w2 * s1,
      f3: w3 * s2,
      f4: w4 * s3,
      d1,
      d2,
      d3,
      d4,
      g1: pass.gradW[0]!,
      g4: pass.gradW[3]!,
      bound: 0.25 ** 3 * w2 * w3 * w4,
    },
    answer: d1 / d4,
    decimals: 5,
  };
};

/**
 * ReLU chains with weights in [1,5, 3]: x > 0 keeps every unit active, so ReLU′ = 1 and each
 * factor is just the weight. Answer: δ₁/δ₄ = w₂·w₃·w₄ (greater than 1: the gradient grows).
 */
export const explodingChainExercise: Exercise = (seed) => {
  const { x, weights, y } = drawChain(seed, 1.5, 3);
  const pass = chainPass(x, weights, y, 'relu');
  return { variables: { x, y, yhat: pass.a[CHAIN_LAYERS - 1]!, loss: pass.loss, ...chainVariables(weights, pass) }, answer: pass.delta[0]! / pass.delta[3]!, decimals: 2 };
};
