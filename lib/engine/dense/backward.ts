import { accumulate1, accumulate4 } from './kernels/accumulate';
import { outputDelta } from './kernels/output-delta';
import { transposeMul1, transposeMul4 } from './kernels/transpose-mul';
import type { Network } from './network';

/**
 * Backpropagation of one example whose forward pass is in z and a (input x[xo..]):
 * δ_L from the loss, δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f'(z_l) (f' stored by the forward pass), then dW_l += δ_l a_{l−1}ᵀ and
 * db_l += δ_l. The example's loss is added to net.scratch[0].
 */
export function backwardSingle(net: Network, x: Float64Array, xo: number, y: Float64Array, yo: number): void {
  const layers = net.layers;
  const last = layers.length - 1;
  const out = layers[last]!;
  outputDelta(net.lossCode, out.act, out.a, out.fp, out.delta, 0, out.nOut, y, yo, net.scratch);
  for (let l = last; l > 0; l--) {
    const layer = layers[l]!;
    const prev = layers[l - 1]!;
    transposeMul1(layer.W, layer.nIn, layer.nOut, layer.delta, 0, prev.delta, 0, prev.fp, 0);
  }
  const fresh = net.gradientCount === 0;
  for (let l = 0; l <= last; l++) {
    const layer = layers[l]!;
    const input = l === 0 ? x : layers[l - 1]!.a;
    accumulate1(layer.dW, layer.db, layer.nIn, layer.nOut, layer.delta, 0, input, l === 0 ? xo : 0, fresh);
  }
  net.gradientCount++;
}

/**
 * {@link backwardSingle} for the four examples in the block buffers (inputs rows of x
 * from xo, targets rows of y from yo); equal bit for bit to four single calls.
 */
export function backwardBlock(net: Network, x: Float64Array, xo: number, y: Float64Array, yo: number): void {
  const layers = net.layers;
  const last = layers.length - 1;
  const out = layers[last]!;
  const n = out.nOut;
  for (let e = 0; e < 4; e++) {
    outputDelta(net.lossCode, out.act, out.aBlock, out.fpBlock, out.dBlock, e * n, n, y, yo + e * n, net.scratch);
  }
  for (let l = last; l > 0; l--) {
    const layer = layers[l]!;
    const prev = layers[l - 1]!;
    transposeMul4(layer.W, layer.nIn, layer.nOut, layer.dBlock, prev.dBlock, prev.fpBlock);
  }
  const fresh = net.gradientCount === 0;
  const n0 = net.sizes[0]!;
  for (let l = 0; l <= last; l++) {
    const layer = layers[l]!;
    if (l === 0) accumulate4(layer.dW, layer.db, layer.nIn, layer.nOut, layer.dBlock, x, xo, n0, fresh);
    else accumulate4(layer.dW, layer.db, layer.nIn, layer.nOut, layer.dBlock, layers[l - 1]!.aBlock, 0, layer.nIn, fresh);
  }
  net.gradientCount += 4;
}
