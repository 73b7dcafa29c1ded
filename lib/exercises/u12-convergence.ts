import { Rng, value, type Value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick } from './u12-draw';

/** Inputs of the four training points (part of the exercise's definition). */
export const CONVERGENCE_XS = [-1.5, -0.5, 0.5, 1.5] as const;
/** Epochs whose loss the lesson plots; the last one is the answer. */
export const CONVERGENCE_CHECKPOINTS = [0, 1, 2, 5, 10, 20, 50, 100] as const;

/**
 * Full-batch gradient descent on ŷ = w·x + b over four points, from w = b = 0, with the mean
 * loss L = ¼·Σ ½(w·xᵢ + b − yᵢ)² and its engine gradients. Variables: eta, x1…x4, y1…y4,
 * loss<k> for k in {@link CONVERGENCE_CHECKPOINTS} (L after k updates), wFinal, bFinal.
 * Answer: loss100.
 */
export const convergence: Exercise = (seed) => {
  const rng = new Rng(seed);
  const slope = drawRounded(rng, -1.5, 1.5);
  const intercept = drawRounded(rng, -1, 1);
  const ys = CONVERGENCE_XS.map((x) => drawRounded(rng, slope * x + intercept - 0.4, slope * x + intercept + 0.4));
  const eta = pick(rng, [0.1, 0.2]);

  const variables: Record<string, number> = { eta };
  CONVERGENCE_XS.forEach((x, i) => {
    variables[`x${i + 1}`] = x;
    variables[`y${i + 1}`] = ys[i]!;
  });
  let w = 0;
  let b = 0;
  const last = CONVERGENCE_CHECKPOINTS[CONVERGENCE_CHECKPOINTS.length - 1]!;
  for (let epoch = 0; epoch <= last; epoch++) {
    const wv = value(w, 'w');
    const bv = value(b, 'b');
    const terms: Value[] = CONVERGENCE_XS.map((x, i) => wv.mul(x).add(bv).sub(ys[i]!).pow(2).mul(0.5));
    const loss = terms.reduce((acc, term) => acc.add(term)).div(CONVERGENCE_XS.length);
    if ((CONVERGENCE_CHECKPOINTS as readonly number[]).includes(epoch)) variables[`loss${epoch}`] = loss.data;
    if (epoch === last) break;
    loss.backward();
    w -= eta * wv.grad;
    b -= eta * bv.grad;
  }
  variables.wFinal = w;
  variables.bFinal = b;
  return { variables, answer: variables[`loss${last}`]!, decimals: 3 };
};
