import 'server-only';
import { exercises, formatVariable } from '@/lib/exercises';

/** One numeric "predict and check" question drawn from a seed. */
export interface PredictionInstance {
  /** The value the learner should predict, computed with lib/engine. */
  answer: number;
  /** Values for `{name}` placeholders in the question's `pregunta` text. */
  variables: Record<string, number | string>;
  /** Digits after the decimal point the learner is asked for (default 2). */
  decimals?: number;
  /** Largest accepted |given − answer| (default: half a unit in the last asked digit). */
  tolerance?: number;
}

/** Deterministic: the same seed gives the same numbers on every server and in the browser. */
export type PredictionGenerator = (seed: number) => PredictionInstance;

/**
 * Generators that lessons name in `<PrediceYComprueba generador="…" semilla="…">`: every
 * exercise of lib/exercises, with its variables written as the lesson prints them.
 * The lesson writes `pregunta="Con w = {w}, b = {b} y x = {x}, ¿cuánto vale a?"`.
 * The values are fixed when the lesson compiles (once per process), not per learner.
 */
export const predictionGenerators: Readonly<Record<string, PredictionGenerator>> = Object.fromEntries(
  Object.entries(exercises).map(([name, exercise]) => [
    name,
    (seed: number): PredictionInstance => {
      const { variables, answer, decimals = 2 } = exercise(seed);
      const shown = Object.fromEntries(Object.entries(variables).map(([key, value]) => [key, formatVariable(value, decimals)]));
      return { answer, variables: shown, decimals };
    },
  ]),
);
