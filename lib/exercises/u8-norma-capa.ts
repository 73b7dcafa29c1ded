import { createNetwork, type Network, Rng } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick, randomSign } from './u34-draw';

/**
 * A dense layer of two linear units fed a = (a₁, a₂), with W and b = 0 set by hand and
 * L = ½‖ŷ − y‖²: targets y = Wa − δ make the error that reaches the layer exactly δ, so
 * backward fills dW with ∂L/∂W = δ·aᵀ (entry j,i = δ_j·a_i).
 */
export function layerWithDelta(weights: readonly number[], a: readonly number[], delta: readonly number[]): Network {
  const net = createNetwork({ sizes: [2, 2], output: 'linear', loss: 'mse', init: 'zeros' });
  const layer = net.layers[0]!;
  layer.W.set(weights);
  net.weightsChanged();
  const out = net.forward(a);
  net.backward([out[0]! - delta[0]!, out[1]! - delta[1]!]);
  return net;
}

/**
 * ‖∂L/∂W‖ of one layer, the number NormasPorCapa draws per layer: the square root of the sum
 * of the squared entries of δ·aᵀ, read from the engine's layer statistics. Since the matrix
 * has rank one, it also equals ‖δ‖·‖a‖.
 */
export const layerNormExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const a1 = drawRounded(rng, 0.1, 1, 1);
  const a2 = drawRounded(rng, 0.1, 1, 1);
  const d1 = randomSign(rng) * pick(rng, [0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
  const d2 = randomSign(rng) * pick(rng, [0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
  const net = layerWithDelta([0, 0, 0, 0], [a1, a2], [d1, d2]);
  const dW = net.layers[0]!.dW;
  return {
    variables: { a1, a2, d1, d2, g11: dW[0]!, g12: dW[1]!, g21: dW[2]!, g22: dW[3]! },
    answer: net.stats()[0]!.gradientNormW,
    decimals: 3,
  };
};
