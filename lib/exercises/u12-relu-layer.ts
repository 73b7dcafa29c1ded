import { Rng, value, type Value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero, drawRounded } from './u12-draw';

/**
 * A hidden layer of three ReLU neurons on two inputs, z = W·x + b, a = max(0, z), with
 * W = [[w11, w12], [w21, w22], [w31, w32]] (row j feeds neuron j). Redrawn until the layer
 * has both a neuron that fires and one that stays at 0. Variables: x1, x2, the six weights,
 * b1…b3, z1…z3, a1…a3. Answer: a3.
 */
export const reluLayer: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x1 = drawAwayFromZero(rng, -2, 2, 0.3);
  const x2 = drawAwayFromZero(rng, -2, 2, 0.3);
  for (;;) {
    const rows = [0, 1, 2].map(() => [drawAwayFromZero(rng, -1.5, 1.5, 0.2), drawAwayFromZero(rng, -1.5, 1.5, 0.2), drawRounded(rng, -1, 1)] as const);
    const zs: Value[] = rows.map(([wa, wb, bias]) => value(wa).mul(x1).add(value(wb).mul(x2)).add(bias));
    const signs = zs.map((z) => z.data > 0.05);
    const mixed = signs.some(Boolean) && !signs.every(Boolean) && zs.every((z) => Math.abs(z.data) > 0.05);
    if (!mixed) continue;
    const as = zs.map((z) => z.relu());
    const variables: Record<string, number> = { x1, x2 };
    rows.forEach(([wa, wb, bias], j) => {
      variables[`w${j + 1}1`] = wa;
      variables[`w${j + 1}2`] = wb;
      variables[`b${j + 1}`] = bias;
      variables[`z${j + 1}`] = zs[j]!.data;
      variables[`a${j + 1}`] = as[j]!.data;
    });
    return { variables, answer: as[2]!.data, decimals: 2 };
  }
};
