import { forwardSingle } from './forward';
import { weightsStayFinite } from './guard';
import { H_DNEXT, H_GMAX, H_XMAX } from './hyper';
import { backpropUpdate, updateRows } from './kernels/fused';
import { outputDelta } from './kernels/output-delta';
import type { Network } from './network';
import type { StepReport } from './types';

/**
 * One SGD step on a single example (x at xo, y at yo) with forward, backward and update
 * fused: each layer's weights are read once to propagate δ downwards and written once
 * with the update. Bit-identical to forward + backward + step. Leaves input, z, a, f'(z)
 * and δ of the example in the network; dW/db are not written (for one example
 * ∂L/∂W = δ a_prevᵀ). Hyper-parameters are read from net.hyper. A layer whose δ is not
 * finite is reported before anything at or below it is updated.
 */
export function fusedStep(net: Network, x: Float64Array, xo: number, y: Float64Array, yo: number, report: StepReport): void {
  const layers = net.layers;
  const h = net.hyper;
  const s = net.scratch;
  const last = layers.length - 1;
  const input = net.input;
  let xs = 1;
  for (let i = 0; i < input.length; i++) {
    const v = x[xo + i]!;
    input[i] = v;
    xs += Math.abs(v);
  }
  h[H_XMAX] = xs;
  forwardSingle(net, input, 0);
  net.lastGradientCount = 1;
  net.gradientFromDelta = true;
  const out = layers[last]!;
  s[0] = 0;
  outputDelta(net.lossCode, out.act, out.a, out.fp, out.delta, 0, out.nOut, y, yo, s);
  report.loss = s[0]!;
  report.examples = 1;
  report.layer = -1;
  report.status = 'diverged';
  if (!(s[0]! - s[0]! === 0)) {
    report.nonFinite = 'loss';
    return;
  }
  let deltaSum = s[1]!;
  for (let l = last; l >= 0; l--) {
    const L = layers[l]!;
    if (!(deltaSum < Infinity)) {
      report.nonFinite = 'gradient';
      report.layer = l;
      return;
    }
    h[H_GMAX] = deltaSum;
    if (l > 0) {
      const below = layers[l - 1]!;
      backpropUpdate(L.W, L.b, L.vW, L.vb, L.nIn, L.nOut, L.delta, below.a, below.delta, below.fp, h);
      deltaSum = h[H_DNEXT]!;
    } else updateRows(L.W, L.b, L.vW, L.vb, L.nIn, L.nOut, L.delta, input, h);
    if (!weightsStayFinite(L, h, s)) {
      report.nonFinite = 'weights';
      report.layer = l;
      return;
    }
  }
  report.status = 'ok';
  report.nonFinite = null;
}
