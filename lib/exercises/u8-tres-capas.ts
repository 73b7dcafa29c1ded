import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded } from './u34-draw';

/**
 * A typical factor f = w·σ′(z) per layer, on a 0,01 grid in [0,10, 0,50]: three layers back,
 * δ keeps f³ of its size (computed as an engine Value).
 */
export const threeLayersExercise: Exercise = (seed) => {
  const f = drawRounded(new Rng(seed), 0.1, 0.5, 2);
  const factor = value(f, 'f');
  return { variables: { f }, answer: factor.pow(3).data, decimals: 3 };
};
