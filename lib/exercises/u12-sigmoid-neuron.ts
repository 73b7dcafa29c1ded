import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero, drawRounded } from './u12-draw';

/**
 * A neuron with two inputs: z = w₁·x₁ + w₂·x₂ + b, a = σ(z) = 1/(1 + e⁻ᶻ).
 * Variables: x1, x2, w1, w2, b, z. Answer: a.
 */
export const sigmoidNeuron: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x1 = drawAwayFromZero(rng, -2, 2, 0.2);
  const x2 = drawAwayFromZero(rng, -2, 2, 0.2);
  const w1 = drawAwayFromZero(rng, -1.5, 1.5, 0.2);
  const w2 = drawAwayFromZero(rng, -1.5, 1.5, 0.2);
  const b = drawRounded(rng, -1, 1);
  const z = value(w1).mul(x1).add(value(w2).mul(x2)).add(b);
  const a = z.sigmoid();
  return { variables: { x1, x2, w1, w2, b, z: z.data }, answer: a.data, decimals: 2 };
};
