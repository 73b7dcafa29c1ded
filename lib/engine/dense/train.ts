import { EngineError } from '../errors';
import { Rng } from '../rng';
import { flatRows } from './evaluate';
import type { Network } from './network';
import type { BatchInput } from './train-batch';
import { createStepReport, type NonFinite, type StepOptions } from './types';

/** Options of {@link train}: the step options plus epochs, batch size and shuffling. */
export interface TrainOptions extends StepOptions {
  readonly epochs: number;
  readonly batchSize: number;
  /** Reshuffle the rows every epoch with `seed` (default true). */
  readonly shuffle?: boolean;
  readonly seed?: number;
  /** Called after each epoch; return false to stop early. */
  readonly onEpoch?: (epoch: EpochReport) => boolean | void;
}

/** Summary of one epoch. */
export interface EpochReport {
  readonly epoch: number;
  /** Mean training loss of the epoch's examples, each measured before its batch's update. */
  readonly loss: number;
}

/** Outcome of {@link train}. */
export interface TrainResult {
  readonly status: 'ok' | 'diverged';
  readonly epochs: EpochReport[];
  /** Where training stopped because a quantity went NaN or ±Infinity. */
  readonly diverged: { epoch: number; batch: number; nonFinite: NonFinite; layer: number } | null;
}

/**
 * Mini-batch SGD for `epochs` passes over (xs, ys): each epoch shuffles the rows (seeded),
 * cuts them into batches of `batchSize` (the last may be smaller) and calls trainBatch.
 * Stops at the first divergence and says where.
 */
export function train(net: Network, xs: BatchInput, ys: BatchInput, opts: TrainOptions): TrainResult {
  const X = flatRows(xs, net.inputSize, 'xs');
  const Y = flatRows(ys, net.outputSize, 'ys');
  if (X.rows !== Y.rows || X.rows === 0) throw new EngineError('SHAPE_MISMATCH', `xs has ${X.rows} rows and ys ${Y.rows}; need the same, non-zero number`);
  if (!Number.isSafeInteger(opts.epochs) || opts.epochs < 0) throw new EngineError('INVALID_OPTION', `epochs must be an integer ≥ 0, got ${String(opts.epochs)}`);
  if (!Number.isSafeInteger(opts.batchSize) || opts.batchSize < 1) throw new EngineError('INVALID_OPTION', `batchSize must be a positive integer, got ${String(opts.batchSize)}`);
  const nIn = net.inputSize;
  const nOut = net.outputSize;
  const rng = new Rng(opts.seed ?? 0);
  const order = Array.from({ length: X.rows }, (_, i) => i);
  const bx = new Float64Array(opts.batchSize * nIn);
  const by = new Float64Array(opts.batchSize * nOut);
  const report = createStepReport();
  const epochs: EpochReport[] = [];
  const range = { ...opts, start: 0, count: 1 };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    if (opts.shuffle !== false) rng.shuffle(order);
    let lossSum = 0;
    for (let start = 0, batch = 0; start < X.rows; start += opts.batchSize, batch++) {
      const count = Math.min(opts.batchSize, X.rows - start);
      for (let e = 0; e < count; e++) {
        const row = order[start + e]!;
        bx.set(X.data.subarray(row * nIn, (row + 1) * nIn), e * nIn);
        by.set(Y.data.subarray(row * nOut, (row + 1) * nOut), e * nOut);
      }
      range.count = count;
      net.trainBatch(bx, by, range, report);
      if (report.status === 'diverged') {
        return { status: 'diverged', epochs, diverged: { epoch, batch, nonFinite: report.nonFinite!, layer: report.layer } };
      }
      lossSum += report.loss * count;
    }
    const summary = { epoch, loss: lossSum / X.rows };
    epochs.push(summary);
    if (opts.onEpoch?.(summary) === false) break;
  }
  return { status: 'ok', epochs, diverged: null };
}
