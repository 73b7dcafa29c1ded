import { meanLoss } from '../dense/evaluate';
import type { Network } from '../dense/network';
import type { BatchInput } from '../dense/train-batch';
import { EngineError } from '../errors';
import { paramArray, type ParamRef } from './params';

/** One axis of the grid: which parameter and which values. */
export interface LandscapeAxis {
  readonly param: ParamRef;
  /** Values from `from` to `to` inclusive in `steps` evenly spaced points (steps ≥ 2). */
  readonly from: number;
  readonly to: number;
  readonly steps: number;
}

/** Mean losses over the grid of two parameters. */
export interface LossLandscape {
  /** Axis values: axis1 varies fastest. */
  readonly axis1: number[];
  readonly axis2: number[];
  /** losses[i2 · steps1 + i1] = mean loss with param1 = axis1[i1], param2 = axis2[i2]. */
  readonly losses: Float64Array;
}

function axisValues(a: LandscapeAxis, name: string): number[] {
  if (!Number.isInteger(a.steps) || a.steps < 2) throw new EngineError('INVALID_OPTION', `${name}.steps must be an integer ≥ 2, got ${String(a.steps)}`);
  if (!Number.isFinite(a.from) || !Number.isFinite(a.to)) throw new EngineError('NON_FINITE_INPUT', `${name}.from and ${name}.to must be finite`);
  return Array.from({ length: a.steps }, (_, i) => a.from + ((a.to - a.from) * i) / (a.steps - 1));
}

/**
 * The loss surface over two parameters: mean loss over (xs, ys) on a grid of values of
 * param1 × param2, every other parameter fixed. The parameters are restored afterwards.
 */
export function lossLandscape(net: Network, xs: BatchInput, ys: BatchInput, axis1: LandscapeAxis, axis2: LandscapeAxis): LossLandscape {
  const v1 = axisValues(axis1, 'axis1');
  const v2 = axisValues(axis2, 'axis2');
  const a1 = paramArray(net, axis1.param);
  const a2 = paramArray(net, axis2.param);
  const saved1 = a1[axis1.param.index]!;
  const saved2 = a2[axis2.param.index]!;
  const losses = new Float64Array(v1.length * v2.length);
  try {
    v2.forEach((b, i2) => {
      a2[axis2.param.index] = b;
      v1.forEach((a, i1) => {
        a1[axis1.param.index] = a;
        losses[i2 * v1.length + i1] = meanLoss(net, xs, ys);
      });
    });
  } finally {
    a1[axis1.param.index] = saved1;
    a2[axis2.param.index] = saved2;
  }
  return { axis1: v1, axis2: v2, losses };
}
