import { accumulateLoss } from '../losses';
import { forwardSingle } from '../dense/forward';
import { flatRows } from '../dense/evaluate';
import type { Network } from '../dense/network';
import type { BatchInput } from '../dense/train-batch';
import { allParams, paramArray, type ParamRef } from './params';

/** Options of {@link gradientCheck}. */
export interface GradCheckOptions {
  /** Step h of the central difference (default 1e-5 for order 2, 1e-3 for order 4). */
  readonly epsilon?: number;
  /**
   * 2: the textbook (L(θ+h) − L(θ−h)) / 2h, error O(h²); 4: the fourth-order central
   * difference (8[L(θ+h) − L(θ−h)] − [L(θ+2h) − L(θ−2h)]) / 12h, error O(h⁴). Default 2.
   */
  readonly order?: 2 | 4;
  /** Denominator floor of the relative error, so gradients ≈ 0 are judged absolutely (default 1e-7). */
  readonly minScale?: number;
  /** Parameters to check (default all). */
  readonly params?: readonly ParamRef[];
}

/** One checked parameter: analytic and numeric ∂L/∂θ and their relative error. */
export interface GradCheckEntry extends ParamRef {
  readonly analytic: number;
  readonly numeric: number;
  readonly relativeError: number;
}

/** Outcome of {@link gradientCheck}. */
export interface GradCheckResult {
  /** max over checked parameters of |analytic − numeric| / max(|analytic|, |numeric|, minScale). */
  readonly maxRelativeError: number;
  readonly worst: GradCheckEntry | null;
  readonly entries: GradCheckEntry[];
  /** Parameters whose ±h nudge flipped a ReLU on or off, where a finite difference is meaningless. */
  readonly skippedAtKinks: ParamRef[];
}

/** Mean loss over the rows; with `pattern` records (or compares, returning NaN on a change) the ReLU on/off pattern. */
function evaluate(net: Network, X: Float64Array, Y: Float64Array, rows: number, pattern: Uint8Array, record: boolean): number {
  const acc = new Float64Array(1);
  const out = net.layers[net.layers.length - 1]!;
  let bit = 0;
  let flipped = false;
  for (let r = 0; r < rows; r++) {
    forwardSingle(net, X, r * net.inputSize);
    accumulateLoss(net.lossCode, out.a, 0, Y, r * net.outputSize, net.outputSize, acc, 0);
    for (const layer of net.layers) {
      if (layer.activation !== 'relu' && layer.activation !== 'leakyRelu') continue;
      for (let j = 0; j < layer.nOut; j++, bit++) {
        const on = layer.z[j]! > 0 ? 1 : 0;
        if (record) pattern[bit] = on;
        else if (pattern[bit] !== on) flipped = true;
      }
    }
  }
  return flipped ? NaN : acc[0]! / rows;
}

/**
 * Numerical gradient check: the analytic mean gradient from backward against a central
 * difference of the mean loss (see `order`), for every (or the chosen) parameter. Reports the largest relative error. Weights are restored afterwards;
 * accumulated gradients are replaced by those of this batch.
 */
export function gradientCheck(net: Network, xs: BatchInput, ys: BatchInput, options: GradCheckOptions = {}): GradCheckResult {
  const order = options.order ?? 2;
  const h = options.epsilon ?? (order === 4 ? 1e-3 : 1e-5);
  const minScale = options.minScale ?? 1e-7;
  const X = flatRows(xs, net.inputSize, 'xs');
  const Y = flatRows(ys, net.outputSize, 'ys');
  net.zeroGradients();
  for (let r = 0; r < X.rows; r++) {
    net.forward(X.data.subarray(r * net.inputSize, (r + 1) * net.inputSize));
    net.backward(Y.data.subarray(r * net.outputSize, (r + 1) * net.outputSize));
  }
  const units = net.layers.reduce((s, l) => s + l.nOut, 0);
  const pattern = new Uint8Array(units * X.rows);
  evaluate(net, X.data, Y.data, X.rows, pattern, true);
  const entries: GradCheckEntry[] = [];
  const skippedAtKinks: ParamRef[] = [];
  for (const p of options.params ?? allParams(net)) {
    const arr = paramArray(net, p);
    const layer = net.layers[p.layer]!;
    const analytic = (p.kind === 'W' ? layer.dW : layer.db)[p.index]! / net.gradientCount;
    const saved = arr[p.index]!;
    const at = (offset: number): number => {
      arr[p.index] = saved + offset;
      return evaluate(net, X.data, Y.data, X.rows, pattern, false);
    };
    const d1 = at(h) - at(-h);
    const numeric = order === 4 ? (8 * d1 - (at(2 * h) - at(-2 * h))) / (12 * h) : d1 / (2 * h);
    arr[p.index] = saved;
    if (Number.isNaN(numeric)) {
      skippedAtKinks.push(p);
      continue;
    }
    const relativeError = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric), minScale);
    entries.push({ ...p, analytic, numeric, relativeError });
  }
  let worst: GradCheckEntry | null = null;
  for (const e of entries) if (worst === null || e.relativeError > worst.relativeError) worst = e;
  return { maxRelativeError: worst?.relativeError ?? 0, worst, entries, skippedAtKinks };
}
