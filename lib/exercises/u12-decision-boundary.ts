import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero } from './u12-draw';

/**
 * The line a neuron draws in the plane: z = w₁·x₁ + w₂·x₂ + b = 0, where a = σ(z) = 0.5. It cuts
 * the vertical axis (x₁ = 0) at x₂ = −b/w₂ and the horizontal one at x₁ = −b/w₁. A point
 * (p1, p2) lies on the side where z > 0 or z < 0. Variables: w1, w2, b, p1, p2, z, a,
 * crossX1 (−b/w₁). Answer: crossX2 (−b/w₂).
 */
export const decisionBoundary: Exercise = (seed) => {
  const rng = new Rng(seed);
  const w1 = drawAwayFromZero(rng, -2, 2, 0.5);
  const w2 = drawAwayFromZero(rng, -2, 2, 0.5);
  const b = drawAwayFromZero(rng, -1.5, 1.5, 0.2);
  const p1 = drawAwayFromZero(rng, -2, 2, 0.2);
  const p2 = drawAwayFromZero(rng, -2, 2, 0.2);
  const z = value(w1).mul(p1).add(value(w2).mul(p2)).add(b);
  const a = z.sigmoid();
  const crossX1 = value(b).neg().div(w1);
  const crossX2 = value(b).neg().div(w2);
  return { variables: { w1, w2, b, p1, p2, z: z.data, a: a.data, crossX1: crossX1.data }, answer: crossX2.data, decimals: 2 };
};
