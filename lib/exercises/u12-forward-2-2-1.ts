import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero, drawRounded } from './u12-draw';

/**
 * Forward pass of a 2-2-1 network: hidden zⱼ = wⱼ₁·x₁ + wⱼ₂·x₂ + bⱼ, hⱼ = tanh(zⱼ); output
 * zₒ = v₁·h₁ + v₂·h₂ + c, ŷ = σ(zₒ). Variables: x1, x2, w11, w12, w21, w22, b1, b2, v1, v2, c,
 * z1, z2, h1, h2, zo. Answer: ŷ.
 */
export const forward221: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x1 = drawAwayFromZero(rng, -1.5, 1.5, 0.2);
  const x2 = drawAwayFromZero(rng, -1.5, 1.5, 0.2);
  const [w11, w12, w21, w22] = [0, 1, 2, 3].map(() => drawAwayFromZero(rng, -1.5, 1.5, 0.2)) as [number, number, number, number];
  const b1 = drawRounded(rng, -0.5, 0.5);
  const b2 = drawRounded(rng, -0.5, 0.5);
  const v1 = drawAwayFromZero(rng, -2, 2, 0.3);
  const v2 = drawAwayFromZero(rng, -2, 2, 0.3);
  const c = drawRounded(rng, -0.5, 0.5);

  const z1 = value(w11).mul(x1).add(value(w12).mul(x2)).add(b1);
  const z2 = value(w21).mul(x1).add(value(w22).mul(x2)).add(b2);
  const h1 = z1.tanh();
  const h2 = z2.tanh();
  const zo = h1.mul(v1).add(h2.mul(v2)).add(c);
  const yhat = zo.sigmoid();
  return {
    variables: { x1, x2, w11, w12, w21, w22, b1, b2, v1, v2, c, z1: z1.data, z2: z2.data, h1: h1.data, h2: h2.data, zo: zo.data },
    answer: yhat.data,
    decimals: 2,
  };
};
