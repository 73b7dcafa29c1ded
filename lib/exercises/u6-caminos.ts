import type { Exercise } from './types';
import { longChainGraph, neuronGraph, twoPathGraph } from './u6-graphs';

/**
 * ∂L/∂w for ŷ = σ(w·x + b), L = ½(ŷ − y)², as the product of the local derivatives along
 * the single path w → w·x → z → ŷ → ŷ − y → (ŷ − y)² → L: x · 1 · ŷ(1 − ŷ) · 1 · 2(ŷ − y) · ½.
 * Answer: ∂L/∂w (what backward gives; a test recomputes the product).
 */
export const pathProductExercise: Exercise = (seed) => {
  const g = neuronGraph(seed);
  const dsig = g.yhat * (1 - g.yhat);
  return { variables: { ...g, dsig, dsq: 2 * g.gap }, answer: g.gradW, decimals: 3 };
};

/**
 * ∂L/∂w for ŷ = tanh(w·x₁) + w·x₂: w reaches L by two paths, through h = tanh(w·x₁) and
 * through w·x₂, and the chain rule adds their products: x₁(1 − h²)(ŷ − y) + x₂(ŷ − y).
 * Answer: ∂L/∂w.
 */
export const pathSumExercise: Exercise = (seed) => {
  const g = twoPathGraph(seed);
  const dtanh = 1 - g.h * g.h;
  return { variables: { ...g, dtanh, path1: g.x1 * dtanh * g.gap, path2: g.x2 * g.gap }, answer: g.gradW, decimals: 3 };
};

/**
 * The long chain h₁ = tanh(w₁·x), h₂ = tanh(w₂·h₁), L = ½(h₂ − y)² at two decimals, for the
 * text around <GrafoCadena expresion="cadena-larga">: one path, seven factors. Answer: ∂L/∂w₁.
 */
export const longChainExercise: Exercise = (seed) => {
  const g = longChainGraph(seed);
  return { variables: { ...g, d2: 1 - g.h1 * g.h1, d4: 1 - g.h2 * g.h2 }, answer: g.gradW1, decimals: 2 };
};
