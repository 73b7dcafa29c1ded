import { EngineError } from '../errors';
import { Rng } from '../rng';

/**
 * Shuffles a copy of `items` with `seed` and cuts it: the first round(n·(1 − testFraction))
 * go to train, the rest to test (Playground's "ratio of training to test data").
 */
export function splitTrainTest<T>(items: readonly T[], options: { testFraction?: number; seed?: number } = {}): { train: T[]; test: T[] } {
  const testFraction = options.testFraction ?? 0.5;
  if (!(testFraction >= 0 && testFraction <= 1)) throw new EngineError('INVALID_OPTION', `testFraction must be in [0, 1], got ${String(testFraction)}`);
  const shuffled = new Rng(options.seed ?? 0).shuffle([...items]);
  const cut = Math.round(items.length * (1 - testFraction));
  return { train: shuffled.slice(0, cut), test: shuffled.slice(cut) };
}
