import { EngineError } from '../errors';

/**
 * Class of each output row: argmax for several outputs; for one output, 1 if it is
 * ≥ `threshold` (default 0.5, use 0 for tanh outputs and ±1 labels) else 0.
 */
export function predictedClasses(outputs: readonly ArrayLike<number>[], threshold = 0.5): number[] {
  return outputs.map((o) => {
    if (o.length === 1) return o[0]! >= threshold ? 1 : 0;
    let best = 0;
    for (let k = 1; k < o.length; k++) if (o[k]! > o[best]!) best = k;
    return best;
  });
}

/** Fraction of positions where predicted equals actual. */
export function accuracy(predicted: readonly number[], actual: readonly number[]): number {
  if (predicted.length !== actual.length) throw new EngineError('SHAPE_MISMATCH', `${predicted.length} predictions but ${actual.length} labels`);
  if (predicted.length === 0) throw new EngineError('SHAPE_MISMATCH', 'no predictions');
  let hits = 0;
  for (let i = 0; i < predicted.length; i++) if (predicted[i] === actual[i]) hits++;
  return hits / predicted.length;
}

/** matrix[actual][predicted] = count, for classes 0 … classes − 1. */
export function confusionMatrix(predicted: readonly number[], actual: readonly number[], classes: number): number[][] {
  if (predicted.length !== actual.length) throw new EngineError('SHAPE_MISMATCH', `${predicted.length} predictions but ${actual.length} labels`);
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < predicted.length; i++) {
    const p = predicted[i]!;
    const a = actual[i]!;
    if (!Number.isInteger(p) || !Number.isInteger(a) || p < 0 || a < 0 || p >= classes || a >= classes) {
      throw new EngineError('SHAPE_MISMATCH', `entry ${i}: class ${a} / ${p} outside 0…${classes - 1}`);
    }
    m[a]![p]!++;
  }
  return m;
}
