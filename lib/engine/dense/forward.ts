import { activateRow } from './kernels/activate';
import { affine1, affine4 } from './kernels/affine';
import type { Network } from './network';

/** Forward pass of one example x[xo..xo+n₀) into every layer's z and a. */
export function forwardSingle(net: Network, x: Float64Array, xo: number): void {
  const layers = net.layers;
  const h = net.hyper;
  const stamp = net.stamp;
  let input = x;
  let io = xo;
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l]!;
    affine1(layer.W, layer.b, layer.nIn, layer.nOut, input, io, layer.z, 0);
    activateRow(layer.act, layer.z, layer.a, layer.fp, 0, layer.nOut, h, layer.active, stamp);
    input = layer.a;
    io = 0;
  }
}

/**
 * Forward pass of four consecutive examples (rows of length n₀ from x[xo]) into every
 * layer's block buffers: example e at zBlock/aBlock offset e·nOut.
 */
export function forwardBlock(net: Network, x: Float64Array, xo: number): void {
  const layers = net.layers;
  const h = net.hyper;
  const stamp = net.stamp;
  let input = x;
  let io = xo;
  let stride = net.sizes[0]!;
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l]!;
    const n = layer.nOut;
    affine4(layer.W, layer.b, layer.nIn, n, input, io, stride, layer.zBlock);
    for (let e = 0; e < 4; e++) activateRow(layer.act, layer.zBlock, layer.aBlock, layer.fpBlock, e * n, n, h, layer.active, stamp);
    input = layer.aBlock;
    io = 0;
    stride = n;
  }
}

/** Copies example `e` of the block buffers into z, a, f'(z) and δ, so they describe that example. */
export function blockRowToLayers(net: Network, e: number): void {
  const layers = net.layers;
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l]!;
    const n = layer.nOut;
    const o = e * n;
    for (let k = 0; k < n; k++) {
      layer.z[k] = layer.zBlock[o + k]!;
      layer.a[k] = layer.aBlock[o + k]!;
      layer.delta[k] = layer.dBlock[o + k]!;
      layer.fp[k] = layer.fpBlock[o + k]!;
    }
  }
}
