import { EngineError } from '../errors';
import { accumulateLoss } from '../losses';
import { forwardBlock, forwardSingle } from './forward';
import type { Network } from './network';
import type { BatchInput } from './train-batch';
import { checkFinite, loadVector } from './validate';

/** A checked flat copy (or the array itself) of a batch: rows × columns. */
export function flatRows(data: BatchInput, columns: number, what: string): { data: Float64Array; rows: number } {
  if (data instanceof Float64Array) {
    const rows = data.length / columns;
    if (!Number.isInteger(rows)) throw new EngineError('SHAPE_MISMATCH', `${what} has ${data.length} values, not a multiple of ${columns}`);
    checkFinite(data, 0, data.length, columns, what);
    return { data, rows };
  }
  const flat = new Float64Array(data.length * columns);
  data.forEach((row, r) => loadVector(row, flat, r * columns, columns, `${what}[${r}]`));
  return { data: flat, rows: data.length };
}

/**
 * Mean loss over a dataset, forward passes only (no gradients touched):
 * (1/N) Σ_n L(f(x_n), y_n) with the per-example losses of losses.ts.
 */
export function meanLoss(net: Network, xs: BatchInput, ys: BatchInput): number {
  const X = flatRows(xs, net.inputSize, 'xs');
  const Y = flatRows(ys, net.outputSize, 'ys');
  if (X.rows !== Y.rows) throw new EngineError('SHAPE_MISMATCH', `xs has ${X.rows} rows but ys has ${Y.rows}`);
  if (X.rows === 0) throw new EngineError('SHAPE_MISMATCH', 'the dataset is empty');
  const acc = new Float64Array(1);
  const out = net.layers[net.layers.length - 1]!;
  for (let r = 0; r < X.rows; r++) {
    forwardSingle(net, X.data, r * net.inputSize);
    accumulateLoss(net.lossCode, out.a, 0, Y.data, r * net.outputSize, net.outputSize, acc, 0);
  }
  return acc[0]! / X.rows;
}

/**
 * Outputs for `rows` inputs (flat, row-major) into `out` (rows × outputs), four rows at a
 * time: the fast path for drawing a decision boundary over a grid every frame.
 */
export function predictInto(net: Network, X: Float64Array, rows: number, out: Float64Array): Float64Array {
  const nIn = net.inputSize;
  const nOut = net.outputSize;
  if (X.length < rows * nIn || out.length < rows * nOut) throw new EngineError('SHAPE_MISMATCH', `need ${rows * nIn} inputs and room for ${rows * nOut} outputs`);
  checkFinite(X, 0, rows * nIn, nIn, 'inputs');
  const last = net.layers[net.layers.length - 1]!;
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    forwardBlock(net, X, r * nIn);
    for (let k = 0; k < 4 * nOut; k++) out[r * nOut + k] = last.aBlock[k]!;
  }
  for (; r < rows; r++) {
    forwardSingle(net, X, r * nIn);
    for (let k = 0; k < nOut; k++) out[r * nOut + k] = last.a[k]!;
  }
  return out;
}
