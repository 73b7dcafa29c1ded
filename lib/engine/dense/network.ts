import type { Activation } from '../activations';
import { EngineError } from '../errors';
import { initWeights } from '../init';
import { accumulateLoss, type LossName, lossCode } from '../losses';
import { Rng } from '../rng';
import { backwardSingle } from './backward';
import { forwardSingle } from './forward';
import { rescan } from './guard';
import { H_ALPHA, HYPER_SIZE } from './hyper';
import { DenseLayer } from './layer';
import { applyStep } from './step';
import { type LayerStats, layerStats } from './stats';
import { trainBatch, type BatchInput } from './train-batch';
import { createStepReport, type NetworkSpec, type StepOptions, type StepReport } from './types';
import { loadVector, resolveSpec } from './validate';

/**
 * A dense multilayer perceptron on preallocated Float64Arrays. Lessons can call
 * forward → backward → step one at a time and read every layer's z, a, δ, dW, db
 * in between; trainBatch runs the same arithmetic through fused kernels for speed
 * (the two give bit-identical weights). Create one with {@link createNetwork}.
 */
export class Network {
  readonly sizes: readonly number[];
  readonly layers: readonly DenseLayer[];
  readonly loss: LossName;
  readonly leakyReluAlpha: number;
  /** The last input given to forward and the last target given to backward (copies). */
  readonly input: Float64Array;
  readonly target: Float64Array;
  /** Examples whose gradients are summed in dW/db since the last step. */
  gradientCount = 0;
  /** Examples in the last applied step, and whether its gradient lives in δ (fused batch of one) rather than dW. */
  lastGradientCount = 0;
  gradientFromDelta = false;
  /** Numeric loss code for the kernels (internal). */
  readonly lossCode: number;
  /** Activity period for dead-unit statistics (internal). */
  stamp = 1;
  periodOpen = false;
  /** Real-valued hyper-parameters for the kernels, slots in hyper.ts (internal). */
  readonly hyper = new Float64Array(HYPER_SIZE);
  /** Reduction scratch: [0] loss sum, [1..] maxima (internal; keeps kernels allocation-free). */
  readonly scratch = new Float64Array(8);
  /** One number per layer for reductions (internal). */
  readonly layerScratch: Float64Array;
  /** True while every momentum velocity is known to be 0, and whether the current step uses momentum (internal). */
  velocityZero = true;
  momentumOn = false;
  /** Staging for batches given as arrays of rows (internal, grown on demand). */
  staging: { x: Float64Array; y: Float64Array } = { x: new Float64Array(0), y: new Float64Array(0) };

  constructor(sizes: readonly number[], activations: readonly Activation[], loss: LossName, leakyReluAlpha: number) {
    this.sizes = [...sizes];
    this.layers = activations.map((act, l) => new DenseLayer(l, sizes[l]!, sizes[l + 1]!, act));
    this.loss = loss;
    this.lossCode = lossCode(loss);
    this.leakyReluAlpha = leakyReluAlpha;
    this.hyper[H_ALPHA] = leakyReluAlpha;
    this.input = new Float64Array(sizes[0]!);
    this.target = new Float64Array(sizes[sizes.length - 1]!);
    this.layerScratch = new Float64Array(this.layers.length);
  }

  get inputSize(): number {
    return this.sizes[0]!;
  }

  get outputSize(): number {
    return this.sizes[this.sizes.length - 1]!;
  }

  /** The output layer's activations (a live view, overwritten by the next forward). */
  get output(): Float64Array {
    return this.layers[this.layers.length - 1]!.a;
  }

  /** z = Wx + b, a = f(z) through every layer for one example; returns the output activations (live view). */
  forward(x: ArrayLike<number>): Float64Array {
    loadVector(x, this.input, 0, this.inputSize, 'input');
    if (!this.periodOpen) {
      this.stamp = (this.stamp + 1) & 0x3fffffff;
      this.periodOpen = true;
    }
    forwardSingle(this, this.input, 0);
    return this.output;
  }

  /**
   * Backpropagates target `y` through the example of the last forward: fills every δ and
   * adds ∂L/∂W = δ·a_prevᵀ, ∂L/∂b = δ to dW, db. Returns this example's loss.
   */
  backward(y: ArrayLike<number>): number {
    loadVector(y, this.target, 0, this.outputSize, 'target');
    this.scratch[0] = 0;
    backwardSingle(this, this.input, 0, this.target, 0);
    return this.scratch[0]!;
  }

  /** Applies the mean of the accumulated gradients (see {@link applyStep}) and starts a new accumulation. */
  step(opts: StepOptions, report: StepReport = createStepReport()): StepReport {
    if (this.gradientCount === 0) throw new EngineError('INVALID_OPTION', 'step() needs accumulated gradients; call forward() and backward() first');
    return applyStep(this, opts, report);
  }

  /** Forward, backward and update over a mini-batch in one call (see {@link trainBatch}). */
  trainBatch(xs: BatchInput, ys: BatchInput, opts: StepOptions & { start?: number; count?: number }, report: StepReport = createStepReport()): StepReport {
    return trainBatch(this, xs, ys, opts, report);
  }

  /** Output for one input, as a new array. */
  predict(x: ArrayLike<number>): number[] {
    return Array.from(this.forward(x));
  }

  /** Loss of one example (forward only; gradients untouched). */
  lossOf(x: ArrayLike<number>, y: ArrayLike<number>): number {
    this.forward(x);
    loadVector(y, this.target, 0, this.outputSize, 'target');
    const acc = new Float64Array(1);
    accumulateLoss(this.lossCode, this.output, 0, this.target, 0, this.outputSize, acc, 0);
    return acc[0]!;
  }

  /** Discards accumulated gradients (dW, db and the count). */
  zeroGradients(): void {
    for (const layer of this.layers) {
      layer.dW.fill(0);
      layer.db.fill(0);
    }
    this.gradientCount = 0;
  }

  /** Per-layer gradient norms, weight norms and dead-unit counts (see {@link layerStats}). */
  stats(): LayerStats[] {
    return layerStats(this);
  }

  /** Re-derives internal bounds after weights were edited by hand (call after writing W or b directly). */
  weightsChanged(): void {
    for (const layer of this.layers) rescan(layer, this.scratch);
  }
}

/** Builds and initialises a network; W from `init` seeded by `seed`, b = 0. */
export function createNetwork(spec: NetworkSpec): Network {
  const r = resolveSpec(spec);
  const net = new Network(r.sizes, r.activations, r.loss, r.leakyReluAlpha);
  const rng = new Rng(r.seed);
  for (const layer of net.layers) initWeights(layer.W, layer.nIn, layer.nOut, r.init, rng);
  net.weightsChanged();
  return net;
}
