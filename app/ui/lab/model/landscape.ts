import { lossLandscape, meanLoss, networkFromJson, networkToJson, type Network, type ParamRef } from '@/lib/engine';
import { sampleRows } from './sample-rows';

/** Grid side and the training rows each loss is averaged over. */
export const LANDSCAPE_STEPS = 25;
export const LANDSCAPE_ROWS = 200;

export interface LabLandscape {
  p1: ParamRef;
  p2: ParamRef;
  /** Values of p1 (fastest) and p2, and losses[i2 · steps + i1]. */
  values1: number[];
  values2: number[];
  losses: Float64Array;
  /** The current weights and their loss: the point drawn on the map. */
  current: [number, number];
  currentLoss: number;
  /** Lowest finite loss on the grid and where it is. */
  best: { loss: number; v1: number; v2: number };
}

/** Current value of a parameter. */
export function paramValue(net: Network, p: ParamRef): number {
  const l = net.layers[p.layer]!;
  return (p.kind === 'W' ? l.W : l.b)[p.index]!;
}

/**
 * The engine's loss landscape over two parameters, on a copy of the network: a square of
 * ± `radius` around the current values (so the current point is the centre), every other
 * weight fixed, mean loss over an even sample of the training rows.
 */
export function labLandscape(net: Network, X: Float64Array, Y: Float64Array, p1: ParamRef, p2: ParamRef, radius = 2): LabLandscape {
  const copy = networkFromJson(networkToJson(net));
  const sample = sampleRows(X, Y, net.inputSize, LANDSCAPE_ROWS);
  const c1 = paramValue(net, p1);
  const c2 = paramValue(net, p2);
  const axis = (param: ParamRef, c: number) => ({ param, from: c - radius, to: c + radius, steps: LANDSCAPE_STEPS });
  const land = lossLandscape(copy, sample.X, sample.Y, axis(p1, c1), axis(p2, c2));
  let best = { loss: Infinity, v1: c1, v2: c2 };
  land.losses.forEach((loss, k) => {
    if (loss < best.loss) best = { loss, v1: land.axis1[k % LANDSCAPE_STEPS]!, v2: land.axis2[Math.floor(k / LANDSCAPE_STEPS)]! };
  });
  return {
    p1,
    p2,
    values1: land.axis1,
    values2: land.axis2,
    losses: land.losses,
    current: [c1, c2],
    currentLoss: meanLoss(copy, sample.X, sample.Y),
    best,
  };
}
