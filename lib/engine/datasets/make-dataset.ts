import { EngineError } from '../errors';
import { Rng } from '../rng';
import { circle, gauss, moons, spiral, xor } from './classify';
import { multigauss, plane } from './regress';
import { DATASET_KINDS, type Dataset, type DatasetOptions, type Point } from './types';

const GENERATORS = { circle, xor, gauss, spiral, moons, plane, multigauss };

/**
 * A seeded 2-D dataset: TensorFlow Playground's circle, xor, gauss, spiral, plane and
 * multigauss, plus scikit-learn's moons. Points are shuffled with the same seed, so equal
 * options give identical points everywhere (only + − × ÷ √ and the engine's sin/cos/log).
 */
export function makeDataset(options: DatasetOptions): Dataset {
  const { kind, n = 200, noise = 0, seed = 0, labels = 'zeroOne' } = options;
  if (!(DATASET_KINDS as readonly string[]).includes(kind)) {
    throw new EngineError('UNKNOWN_DATASET', `kind is ${JSON.stringify(kind)}; expected one of ${DATASET_KINDS.join(', ')}`);
  }
  if (!Number.isSafeInteger(n) || n < 1) throw new EngineError('INVALID_OPTION', `n must be a positive integer, got ${String(n)}`);
  if (!(noise >= 0 && noise < Infinity)) throw new EngineError('INVALID_OPTION', `noise must be a finite number ≥ 0, got ${String(noise)}`);
  if (labels !== 'zeroOne' && labels !== 'plusMinusOne') throw new EngineError('INVALID_OPTION', `labels must be "zeroOne" or "plusMinusOne", got ${JSON.stringify(labels)}`);
  const rng = new Rng(seed);
  let points: Point[] = GENERATORS[kind](n, noise, rng);
  rng.shuffle(points);
  const task = kind === 'plane' || kind === 'multigauss' ? 'regression' : 'classification';
  if (task === 'classification' && labels === 'plusMinusOne') points = points.map((p) => ({ ...p, y: 2 * p.y - 1 }));
  return { kind, task, points };
}
