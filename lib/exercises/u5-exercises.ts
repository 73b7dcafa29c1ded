import type { Exercise } from './types';
import { unitFiveNetwork } from './u5-network';

type Values = Record<string, number>;

/**
 * An exercise on Unit 5's worked network. Its variables are the engine's numbers; its answer
 * is computed from the values the question prints (`shown`, rounded to `decimals` as the
 * learner reads them), so working from the printed numbers lands on the answer exactly.
 */
function onNetwork(decimals: number, answer: (shown: (name: string) => number, v: Values) => number): Exercise {
  return (seed) => {
    const variables = unitFiveNetwork(seed);
    const shown = (name: string) => Number(variables[name]!.toFixed(decimals));
    return { variables, answer: answer(shown, variables), decimals };
  };
}

/** Forward pass from the printed parameters (exact): ŷ₁ = σ(v₁₁h₁ + v₁₂h₂). */
export const networkExercise = onNetwork(2, (_, v) => v.o1!);

/** The only error anyone can see: L = ½[(ŷ₁ − y₁)² + (ŷ₂ − y₂)²]. */
export const outputLossExercise = onNetwork(3, (s) => 0.5 * ((s('o1') - s('y1')) ** 2 + (s('o2') - s('y2')) ** 2));

/** Blame of one output weight: ∂L/∂v₁₁ = δ of ŷ₁ × h₁. */
export const blameShareExercise = onNetwork(3, (s) => s('do1') * s('h1'));

/** What δ promises: nudging z of h₁ by ε changes L by about δ·ε. */
export const zNudgeExercise = onNetwork(4, (s) => s('dh1') * s('eps'));

/** δ at the output: δ₁ = (ŷ₁ − y₁)·σ′(z) with σ′(z) = ŷ₁(1 − ŷ₁). */
export const outputDeltaExercise = onNetwork(3, (s) => (s('o1') - s('y1')) * s('o1') * (1 - s('o1')));

/** δ in the hidden layer: δ of h₁ = (v₁₁δ₁ + v₂₁δ₂)·h₁(1 − h₁). */
export const hiddenDeltaExercise = onNetwork(3, (s) => (s('v11') * s('do1') + s('v21') * s('do2')) * s('h1') * (1 - s('h1')));

/** Blame of a first-layer weight: ∂L/∂w₁₁ = δ of h₁ × x₁. */
export const inputBlameExercise = onNetwork(3, (s) => s('dh1') * s('x1'));
