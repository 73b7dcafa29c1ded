import { Rng, tanh, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero } from './u12-draw';

const H = 0.01;

/**
 * The local derivative of h = tanh(u), 1 − tanh²(u), as backward gives it, next to the
 * quotient [tanh(u + h) − tanh(u)] / h that it is the limit of; and the product c = a·b
 * whose local derivatives are ∂c/∂a = b, ∂c/∂b = a. Answer: ∂h/∂u.
 */
export const localDerivativeExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const u = drawAwayFromZero(rng, -1.5, 1.5, 0.2);
  const a = drawAwayFromZero(rng, -2, 2, 0.5);
  const b = drawAwayFromZero(rng, -2, 2, 0.5);
  const uv = value(u, 'u');
  const h = uv.tanh();
  h.backward();
  const av = value(a, 'a');
  const bv = value(b, 'b');
  const c = av.mul(bv);
  c.backward();
  return {
    variables: { u, h: h.data, local: uv.grad, estimate: (tanh(u + H) - h.data) / H, step: H, a, b, c: c.data, dcda: av.grad, dcdb: bv.grad },
    answer: uv.grad,
    decimals: 3,
  };
};
