import { Rng, value } from '@/lib/engine';
import { chainGraph, drawChain, type Chain } from './u7-chain';
import type { Exercise } from './types';
import { roundTo, squaredError } from './u34-draw';

const STEPS = 4;

/** Steps on w₂ alone (h fixed, since w₁ and b₁ do not move): the error ŷ − y and L after each. */
function runOnW2(chain: Chain, h: number, eta: number): { errors: number[]; losses: number[] } {
  let w2 = chain.w2;
  const errors: number[] = [];
  const losses: number[] = [];
  for (let k = 0; k <= STEPS; k++) {
    const weight = value(w2, 'w2');
    const yhat = weight.mul(h).add(chain.b2);
    const loss = squaredError(yhat, chain.y);
    loss.backward();
    errors.push(yhat.data - chain.y);
    losses.push(loss.data);
    w2 -= eta * weight.grad;
  }
  return { errors, losses };
}

/**
 * Training w₂ alone, L(w₂) = ½(w₂h + b₂ − y)² is Unit 4's parabola with curvature h²: each step
 * multiplies the error by 1 − η·h², so η must stay below 2/h². A calm η (a quarter of the limit) and a
 * wild one (1,3 times it), both on a 0,1 grid, four steps each. Answer: the limit 2/h².
 */
export const stabilityExercise: Exercise = (seed) => {
  const chain = drawChain(new Rng(seed));
  const h = chainGraph(chain).h.data;
  const limit = 2 / (h * h);
  const etaCalm = roundTo(0.25 * limit, 1);
  const etaWild = roundTo(1.3 * limit, 1);
  const calm = runOnW2(chain, h, etaCalm);
  const wild = runOnW2(chain, h, etaWild);
  const variables: Record<string, number> = { ...chain, h, hSquared: h * h, limit, etaCalm, etaWild, factorCalm: 1 - etaCalm * h * h, factorWild: 1 - etaWild * h * h };
  for (let k = 0; k <= STEPS; k++) {
    variables[`errorCalm${k}`] = calm.errors[k]!;
    variables[`lossCalm${k}`] = calm.losses[k]!;
    variables[`errorWild${k}`] = wild.errors[k]!;
    variables[`lossWild${k}`] = wild.losses[k]!;
  }
  return { variables, answer: limit, decimals: 2 };
};
