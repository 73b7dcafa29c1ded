import { weightsStayFinite } from './guard';
import { H_GMAX, H_L1, H_L2, H_LR, H_MOM } from './hyper';
import { maxAbsInto, sgdUpdate } from './kernels/update';
import type { Network } from './network';
import type { StepOptions, StepReport } from './types';
import { checkStepOptions } from './validate';

/**
 * Copies checked step options into net.hyper for the kernels. Each option is read once
 * (until V8 optimises this function, every read of a fractional number allocates).
 */
export function setHyper(net: Network, opts: StepOptions): void {
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
}

/**
 * Applies the accumulated gradients: for every layer, with n = gradientCount,
 * g = dW/n + λ₂W + λ₁·sign(W), v ← μv − ηg, W ← W + v (biases: g = db/n, no
 * regularisation). If any accumulated gradient is NaN or ±Infinity nothing is updated
 * and the report says 'gradient' with the layer; if an update overflows a weight it says
 * 'weights'. Afterwards dW/db keep the gradients just applied (for drawing) until the
 * next backward overwrites them.
 */
export function applyStep(net: Network, opts: StepOptions, report: StepReport): StepReport {
  setHyper(net, opts);
  report.examples = net.gradientCount;
  return updateLayers(net, report);
}

/** {@link applyStep} with net.hyper already set. */
export function updateLayers(net: Network, report: StepReport): StepReport {
  const count = net.gradientCount;
  const s = net.scratch;
  const h = net.hyper;
  const layers = net.layers;
  report.status = 'ok';
  report.nonFinite = null;
  report.layer = -1;
  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l]!;
    maxAbsInto(layer.dW, 0, layer.dW.length, s, 1);
    maxAbsInto(layer.db, 0, layer.db.length, s, 2);
    const gMax = (s[1]! > s[2]! ? s[1]! : s[2]!) / count;
    if (!(gMax < Infinity)) return diverged(net, report, 'gradient', l);
    net.layerScratch[l] = gMax;
  }
  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l]!;
    h[H_GMAX] = net.layerScratch[l]!;
    sgdUpdate(layer.W, layer.dW, layer.vW, layer.W.length, count, h, true);
    sgdUpdate(layer.b, layer.db, layer.vb, layer.b.length, count, h, false);
    if (!weightsStayFinite(layer, h, s)) return diverged(net, report, 'weights', l);
  }
  net.lastGradientCount = count;
  net.gradientFromDelta = false;
  finishPeriod(net);
  return report;
}

function diverged(net: Network, report: StepReport, what: 'gradient' | 'weights', layer: number): StepReport {
  report.status = 'diverged';
  report.nonFinite = what;
  report.layer = layer;
  net.gradientCount = 0;
  net.periodOpen = false;
  return report;
}

/** Ends an accumulation: the next backward overwrites dW/db; velocities are cleared while momentum is off. */
export function finishPeriod(net: Network): void {
  net.gradientCount = 0;
  net.periodOpen = false;
  if (net.momentumOn) net.velocityZero = false;
  else if (!net.velocityZero) clearVelocities(net);
}

function clearVelocities(net: Network): void {
  for (const layer of net.layers) {
    layer.vW.fill(0);
    layer.vb.fill(0);
    layer.vBound = 0;
  }
  net.velocityZero = true;
}
