import { EngineError } from './errors';
import type { Rng } from './rng';

/**
 * Weight initialisers (biases start at 0):
 * - 'zeros': W = 0 (every unit stays identical: a lesson about symmetry);
 * - 'uniform': W ~ U(−0.5, 0.5), TensorFlow Playground's choice;
 * - 'xavier': Glorot uniform, W ~ U(−r, r) with r = √(6 / (fanIn + fanOut));
 * - 'he': He normal, W ~ N(0, 2 / fanIn), for ReLU layers.
 */
export type InitName = 'zeros' | 'uniform' | 'xavier' | 'he';

/** Every initialiser name. */
export const INITS: readonly InitName[] = ['zeros', 'uniform', 'xavier', 'he'];

/** Throws UNKNOWN_INIT unless `name` is one of {@link INITS}. */
export function checkInit(name: unknown, where: string): InitName {
  if (typeof name === 'string' && (INITS as readonly string[]).includes(name)) return name as InitName;
  throw new EngineError('UNKNOWN_INIT', `${where} is ${JSON.stringify(name)}; expected one of ${INITS.join(', ')}`);
}

/** Fills `w` (a fanOut × fanIn matrix, row-major) from `rng` in index order. */
export function initWeights(w: Float64Array, fanIn: number, fanOut: number, init: InitName, rng: Rng): void {
  switch (init) {
    case 'zeros':
      w.fill(0);
      return;
    case 'uniform':
      for (let i = 0; i < w.length; i++) w[i] = rng.uniform(-0.5, 0.5);
      return;
    case 'xavier': {
      const r = Math.sqrt(6 / (fanIn + fanOut));
      for (let i = 0; i < w.length; i++) w[i] = rng.uniform(-r, r);
      return;
    }
    case 'he': {
      const std = Math.sqrt(2 / fanIn);
      for (let i = 0; i < w.length; i++) w[i] = rng.normal(0, std);
      return;
    }
  }
}
