import { EngineError } from '../errors';
import type { LossName } from '../losses';
import { sum, type Value } from './value';

/**
 * The loss of one example as a Value, built from the same operations in the same order as
 * the dense kernels (see losses.ts): mse ½ Σ (a − y)²; bce −Σ [y ln a + (1 − y) ln(1 − a)];
 * softmaxCrossEntropy −Σ y ln p. Terms with a zero coefficient are left out. (Unlike the
 * dense path the logs are not floored, so saturated outputs give ±Infinity here.)
 */
export function scalarLoss(loss: LossName, outputs: readonly Value[], targets: readonly number[]): Value {
  if (outputs.length !== targets.length) throw new EngineError('SHAPE_MISMATCH', `${outputs.length} outputs but ${targets.length} targets`);
  if (loss === 'mse') return sum(outputs.map((a, k) => a.sub(targets[k]!).pow(2))).mul(0.5);
  const terms: Value[] = [];
  outputs.forEach((a, k) => {
    const y = targets[k]!;
    if (y !== 0) terms.push(a.log().mul(y));
    if (loss === 'bce' && y !== 1) terms.push(a.neg().add(1).log().mul(1 - y));
  });
  if (terms.length === 0) throw new EngineError('SHAPE_MISMATCH', 'cross-entropy needs at least one non-zero target');
  return sum(terms).neg();
}
