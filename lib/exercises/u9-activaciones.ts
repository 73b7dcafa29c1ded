import { activationDerivative, Rng, type Value, value } from '@/lib/engine';
import type { Exercise } from './types';
import { pick, randomSign, squaredError } from './u34-draw';

/**
 * σ′(z) at a drawn z, the way backpropagation gets it: build a = σ(z) as a graph and call
 * backward, so z.grad = ∂a/∂z. Also tanh at the same z for comparison, and σ′ as a share
 * of its maximum 0.25, and δ = ∂L/∂z for L = ½(σ(z) − y)² when y is the opposite class
 * (a confidently wrong output neuron). z is a multiple of 0.5 in [0.5, 5] with a random sign. Answer: σ′(z).
 */
export const sigmoidDerivativeExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const z = randomSign(rng) * pick(rng, [0.5, 1, 1.5, 2, 2.5, 3, 4, 5]);
  const zs = value(z, 'z');
  const a = zs.sigmoid();
  a.backward();
  const zt = value(z, 'z');
  const t = zt.tanh();
  t.backward();
  // The same neuron as an output that is confidently wrong: the target is the opposite class.
  const target = z > 0 ? 0 : 1;
  const zw = value(z, 'z');
  squaredError(zw.sigmoid(), target).backward();
  return {
    variables: { z, a: a.data, oneMinusA: 1 - a.data, slope: zs.grad, share: zs.grad / 0.25, tanhA: t.data, tanhSlope: zt.grad, target, errorWrong: a.data - target, deltaWrong: zw.grad },
    answer: zs.grad,
    decimals: 3,
  };
};

/**
 * A chain of three one-neuron layers (weights 1) whose pre-activations are the drawn z₁, z₂, z₃;
 * backward gives ∂a₃/∂z₁ = a′(z₁)·a′(z₂)·a′(z₃). Biases are set so each layer receives its
 * drawn z. Two z come from [−1, 1] (σ′ ≥ 0.19) and one, in a random position, from ±3
 * (saturated: σ′ ≈ 0.045). Also the same chain with tanh and ReLU. Answer: the sigmoid product.
 */
export const saturatedProductExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const zs = [pick(rng, [-1, -0.5, 0, 0.5, 1]), pick(rng, [-1, -0.5, 0.5, 1])];
  zs.splice(rng.int(3), 0, randomSign(rng) * 3);
  const sigmoidChain = chainGradient(zs, (v) => v.sigmoid());
  const variables: Record<string, number> = {
    product: sigmoidChain,
    productTanh: chainGradient(zs, (v) => v.tanh()),
    productRelu: chainGradient(zs, (v) => v.relu()),
    best: 0.25 * 0.25 * 0.25,
  };
  zs.forEach((z, i) => {
    variables[`z${i + 1}`] = z;
    variables[`s${i + 1}`] = activationDerivative('sigmoid', z);
    variables[`t${i + 1}`] = activationDerivative('tanh', z);
  });
  return { variables, answer: sigmoidChain, decimals: 4 };
};

/** ∂a_last/∂z₁ through layers a = f(1·a_prev + b) whose pre-activations equal `zs`, by backward. */
function chainGradient(zs: readonly number[], f: (v: Value) => Value): number {
  const first = value(zs[0]!, 'z1');
  let a = f(first);
  for (const z of zs.slice(1)) a = f(a.mul(1).add(z - a.data));
  a.backward();
  return first.grad;
}
