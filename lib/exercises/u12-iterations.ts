import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawAwayFromZero, drawRounded, pick } from './u12-draw';

/** Iterations shown in the lesson's table. */
export const ITERATIONS = 5;

/**
 * Five gradient-descent steps on one example for ŷ = w·x + b, L = ½(ŷ − y)²: each step runs
 * forward, backward (engine grads) and w ← w − η·∂L/∂w, b ← b − η·∂L/∂b. Variables: x, y, eta,
 * w0…w5, b0…b5, loss0…loss5 (L with w_k, b_k), ratio (loss1 / loss0).
 * Answer: loss5.
 */
export const iterations: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x = drawAwayFromZero(rng, -1.5, 1.5, 0.5);
  let w = drawRounded(rng, -1.5, 1.5);
  let b = drawRounded(rng, -1, 1);
  let y = drawRounded(rng, -2.5, 2.5);
  // Start clearly wrong, so the table shows the error shrinking.
  while (Math.abs(w * x + b - y) < 1) y = drawRounded(rng, -2.5, 2.5);
  const eta = pick(rng, [0.1, 0.2]);

  const variables: Record<string, number> = { x, y, eta };
  for (let k = 0; k <= ITERATIONS; k++) {
    const wv = value(w, 'w');
    const bv = value(b, 'b');
    const loss = wv.mul(x).add(bv).sub(y).pow(2).mul(0.5);
    loss.backward();
    variables[`w${k}`] = w;
    variables[`b${k}`] = b;
    variables[`loss${k}`] = loss.data;
    w -= eta * wv.grad;
    b -= eta * bv.grad;
  }
  // With a single example every step multiplies the error by the same factor, so L shrinks by a constant ratio.
  variables.ratio = variables.loss1! / variables.loss0!;
  return { variables, answer: variables[`loss${ITERATIONS}`]!, decimals: 2 };
};
