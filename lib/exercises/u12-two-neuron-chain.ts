import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero, drawRounded } from './u12-draw';

/**
 * Information flowing through a chain of two neurons: z₁ = w₁·x + b₁, h = tanh(z₁),
 * z₂ = w₂·h + b₂, ŷ = σ(z₂). Variables: x, w1, b1, w2, b2, z1, h, z2. Answer: ŷ.
 */
export const twoNeuronChain: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x = drawAwayFromZero(rng, -2, 2, 0.3);
  const w1 = drawAwayFromZero(rng, -1.5, 1.5, 0.3);
  const b1 = drawRounded(rng, -0.5, 0.5);
  const w2 = drawAwayFromZero(rng, -2, 2, 0.5);
  const b2 = drawRounded(rng, -0.5, 0.5);
  const z1 = value(w1).mul(x).add(b1);
  const h = z1.tanh();
  const z2 = h.mul(w2).add(b2);
  const yhat = z2.sigmoid();
  return { variables: { x, w1, b1, w2, b2, z1: z1.data, h: h.data, z2: z2.data }, answer: yhat.data, decimals: 2 };
};
