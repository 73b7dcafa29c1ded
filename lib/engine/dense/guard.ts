import { H_GMAX, H_L1, H_L2, H_LR, H_MOM } from './hyper';
import type { DenseLayer } from './layer';
import { maxAbsInto } from './kernels/update';

/** Bound below which weights are certainly finite (double overflow is at 1.8e308). */
const SAFE = 1e300;

/**
 * Proves a layer's weights finite after an update without scanning them, from running
 * bounds and the largest gradient entry gMax = h[H_GMAX]: |g| ≤ gMax + λ₂·wBound + λ₁,
 * |v| ≤ μ·vBound + η|g|, |w| ≤ wBound + |v|. Only when the bound passes 1e300 does it scan
 * W, b, vW, vb exactly (tightening the bounds). Returns false if a weight is NaN or ±Infinity.
 */
export function weightsStayFinite(layer: DenseLayer, h: Float64Array, scratch: Float64Array): boolean {
  const mom = h[H_MOM]!;
  const g = h[H_GMAX]! + h[H_L2]! * layer.wBound + h[H_L1]!;
  const v = mom * layer.vBound + h[H_LR]! * g;
  const w = layer.wBound + v;
  if (w < SAFE) {
    layer.wBound = w;
    if (mom !== 0) layer.vBound = v;
    return true;
  }
  return rescan(layer, scratch);
}

/** Exact max |W|, |b| into wBound and max |vW|, |vb| into vBound (scratch[6..7]); false if any is not finite. */
export function rescan(layer: DenseLayer, scratch: Float64Array): boolean {
  maxAbsInto(layer.W, 0, layer.W.length, scratch, 6);
  maxAbsInto(layer.b, 0, layer.b.length, scratch, 7);
  const w = Math.max(scratch[6]!, scratch[7]!);
  maxAbsInto(layer.vW, 0, layer.vW.length, scratch, 6);
  maxAbsInto(layer.vb, 0, layer.vb.length, scratch, 7);
  const v = Math.max(scratch[6]!, scratch[7]!);
  layer.wBound = w;
  layer.vBound = v;
  return w < Infinity && v < Infinity;
}
