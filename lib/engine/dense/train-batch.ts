import { EngineError } from '../errors';
import { backwardBlock, backwardSingle } from './backward';
import { blockRowToLayers, forwardBlock, forwardSingle } from './forward';
import { fusedStep } from './fused-step';
import type { Network } from './network';
import { H_L1, H_L2, H_LR, H_MOM } from './hyper';
import { finishPeriod, updateLayers } from './step';
import type { StepOptions, StepReport } from './types';
import { checkFinite, checkStepOptions, loadVector } from './validate';

/** A batch: rows as arrays, or one flat row-major Float64Array (rows × columns). */
export type BatchInput = Float64Array | readonly ArrayLike<number>[];

/** Which rows of a flat batch to use: rows start … start + count − 1 (default: all). */
export interface BatchRange {
  readonly start?: number;
  readonly count?: number;
}

/**
 * Mean-gradient SGD step over a mini-batch: the same arithmetic as forward + backward per
 * example and one step (bit-identical weights), run through fused kernels. A batch of one
 * takes the fused single-example path; larger batches run four examples at a time.
 * Afterwards z, a and δ describe the batch's last example. Flat Float64Array inputs with
 * a reused `report` make a step allocation-free. Throws SHAPE_MISMATCH / NON_FINITE_INPUT
 * for bad data; reports NaN/Infinity produced by training as status 'diverged'.
 */
export function trainBatch(net: Network, xs: BatchInput, ys: BatchInput, opts: StepOptions & BatchRange, report: StepReport): StepReport {
  // setHyper, written out here: this function is optimised within a few steps, a separate
  // per-step helper only after thousands, and until then each fractional read allocates.
  const lr = opts.learningRate;
  const mom = opts.momentum ?? 0;
  const l1 = opts.l1 ?? 0;
  const l2 = opts.l2 ?? 0;
  if (!(lr >= 0 && lr < Infinity && mom >= 0 && mom < 1 && l1 >= 0 && l1 < Infinity && l2 >= 0 && l2 < Infinity)) checkStepOptions(opts);
  const h = net.hyper;
  h[H_LR] = lr;
  h[H_MOM] = mom;
  h[H_L1] = l1;
  h[H_L2] = l2;
  net.momentumOn = mom !== 0;
  const nIn = net.inputSize;
  const nOut = net.outputSize;
  let X: Float64Array;
  let Y: Float64Array;
  let first: number;
  let count: number;
  if (xs instanceof Float64Array) {
    if (!(ys instanceof Float64Array)) throw new EngineError('SHAPE_MISMATCH', 'xs is a flat Float64Array, so ys must be one too');
    const rows = xs.length / nIn;
    if (!Number.isInteger(rows) || ys.length !== rows * nOut) {
      throw new EngineError('SHAPE_MISMATCH', `xs has ${xs.length} values and ys ${ys.length}; expected rows × ${nIn} and rows × ${nOut}`);
    }
    first = opts.start ?? 0;
    count = opts.count ?? rows - first;
    if (!Number.isInteger(first) || !Number.isInteger(count) || first < 0 || count < 1 || first + count > rows) {
      throw new EngineError('SHAPE_MISMATCH', `rows ${first}…${first + count - 1} requested from a batch of ${rows} rows`);
    }
    X = xs;
    Y = ys;
    checkFinite(X, first * nIn, count * nIn, nIn, 'xs');
    checkFinite(Y, first * nOut, count * nOut, nOut, 'ys');
  } else {
    if (ys instanceof Float64Array || xs.length !== ys.length) throw new EngineError('SHAPE_MISMATCH', `xs has ${xs.length} rows but ys has ${ys.length}`);
    count = xs.length;
    if (count === 0) throw new EngineError('SHAPE_MISMATCH', 'the batch is empty');
    first = 0;
    if (net.staging.x.length < count * nIn) net.staging = { x: new Float64Array(count * nIn), y: new Float64Array(count * nOut) };
    X = net.staging.x;
    Y = net.staging.y;
    for (let e = 0; e < count; e++) {
      loadVector(xs[e]!, X, e * nIn, nIn, `xs[${e}]`);
      loadVector(ys[e]!, Y, e * nOut, nOut, `ys[${e}]`);
    }
  }
  net.stamp = (net.stamp + 1) & 0x3fffffff;
  net.gradientCount = 0;
  if (count === 1) {
    fusedStep(net, X, first * nIn, Y, first * nOut, report);
    finishPeriod(net);
    return report;
  }
  const s = net.scratch;
  s[0] = 0;
  let e = 0;
  for (; e + 4 <= count; e += 4) {
    forwardBlock(net, X, (first + e) * nIn);
    backwardBlock(net, X, (first + e) * nIn, Y, (first + e) * nOut);
  }
  if (e === count) {
    blockRowToLayers(net, 3);
    for (let i = 0; i < nIn; i++) net.input[i] = X[(first + count - 1) * nIn + i]!;
  }
  for (; e < count; e++) {
    for (let i = 0; i < nIn; i++) net.input[i] = X[(first + e) * nIn + i]!;
    forwardSingle(net, X, (first + e) * nIn);
    backwardSingle(net, X, (first + e) * nIn, Y, (first + e) * nOut);
  }
  const loss = s[0]! / count;
  report.loss = loss;
  report.examples = count;
  if (!(loss - loss === 0)) {
    report.status = 'diverged';
    report.nonFinite = 'loss';
    report.layer = -1;
    net.gradientCount = 0;
    net.periodOpen = false;
    return report;
  }
  return updateLayers(net, report);
}
