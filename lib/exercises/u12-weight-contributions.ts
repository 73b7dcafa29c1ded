import { Rng, value, sum } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero, drawRounded } from './u12-draw';

/**
 * What each connection brings to a neuron with three inputs: cᵢ = wᵢ·xᵢ, z = c₁ + c₂ + c₃ + b,
 * a = σ(z). At least one weight is negative so the lesson can show a connection that inhibits.
 * Variables: x1, x2, x3, w1, w2, w3, b, c1, c2, c3, a. Answer: z.
 */
export const weightContributions: Exercise = (seed) => {
  const rng = new Rng(seed);
  const xs = [0, 1, 2].map(() => drawAwayFromZero(rng, 0, 2, 0.3));
  let ws = [0, 1, 2].map(() => drawAwayFromZero(rng, -2, 2, 0.2));
  while (ws.every((w) => w > 0)) ws = [0, 1, 2].map(() => drawAwayFromZero(rng, -2, 2, 0.2));
  const b = drawRounded(rng, -1, 1);
  const contributions = xs.map((x, i) => value(ws[i]!).mul(x));
  const z = sum(contributions).add(b);
  const a = z.sigmoid();
  return {
    variables: {
      x1: xs[0]!, x2: xs[1]!, x3: xs[2]!,
      w1: ws[0]!, w2: ws[1]!, w3: ws[2]!,
      b,
      c1: contributions[0]!.data, c2: contributions[1]!.data, c3: contributions[2]!.data,
      a: a.data,
    },
    answer: z.data,
    decimals: 2,
  };
};
