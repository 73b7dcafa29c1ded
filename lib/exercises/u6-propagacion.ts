import { tanh } from '@/lib/engine';
import type { Exercise } from './types';
import { longChainGraph } from './u6-graphs';

const NUDGE = 0.1;

/**
 * A push of ε = 0.1 on w₁ travelling down the chain h₁ = tanh(w₁·x), h₂ = tanh(w₂·h₁): each
 * link multiplies the change by its local derivative (x, 1 − h₁², w₂, 1 − h₂²). Variables:
 * the chain's values, each link's factor and the estimated and actual changes of h₂ and L. Answer: the
 * estimated change of h₂.
 */
export const propagationExercise: Exercise = (seed) => {
  const g = longChainGraph(seed);
  const d2 = 1 - g.h1 * g.h1;
  const d4 = 1 - g.h2 * g.h2;
  const du1 = NUDGE * g.x;
  const dh1 = du1 * d2;
  const du2 = dh1 * g.w2;
  const dh2 = du2 * d4;
  const h2Nudged = tanh(g.w2 * tanh((g.w1 + NUDGE) * g.x));
  const lossNudged = 0.5 * (h2Nudged - g.y) * (h2Nudged - g.y);
  return {
    // ∂L/∂h₂ = h₂ − y (the gap), the last link before L.
    variables: { ...g, eps: NUDGE, d2, d4, du1, dh1, du2, dh2, dh2Actual: h2Nudged - g.h2, dL: dh2 * g.gap, dLActual: lossNudged - g.loss },
    answer: dh2,
    decimals: 4,
  };
};
