import { accuracy, confusionMatrix, predictInto, predictedClasses, type Network } from '@/lib/engine';

/** Accuracy and the 2 × 2 confusion matrix, confusion[actual][predicted], class 1 = the positive (blue) class. */
export interface ClassMetrics {
  accuracy: number;
  confusion: number[][];
}

/**
 * Classification metrics of one output unit over rows of X, through the engine's metrics:
 * an output ≥ threshold is class 1 (threshold 0 for tanh and ±1 labels, 0.5 for sigmoid and
 * 0/1 labels), and a label above the threshold is class 1. Null for an empty set.
 */
export function classMetrics(net: Network, X: Float64Array, Y: Float64Array, threshold: number): ClassMetrics | null {
  const rows = Y.length;
  if (rows === 0) return null;
  const out = predictInto(net, X, rows, new Float64Array(rows));
  const predicted = predictedClasses(Array.from(out, (o) => [o]), threshold);
  const actual = Array.from(Y, (y) => (y > threshold ? 1 : 0));
  return { accuracy: accuracy(predicted, actual), confusion: confusionMatrix(predicted, actual, 2) };
}
