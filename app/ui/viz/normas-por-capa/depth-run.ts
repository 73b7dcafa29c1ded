import { createNetwork, createStepReport, makeDataset, type Network, type NonFinite, type StepReport } from '@/lib/engine';
import { type DepthConfig, LARGE_GAIN } from './depth-config';

/** Units in every hidden layer. */
export const WIDTH = 8;
/** Points of the circle dataset (labels −1/+1); dividing by its radius, 5, brings them into [−1, 1]. */
export const POINTS = 100;
const RADIUS = 5;
/** Mini-batches of 20 points: five updates per pass over the data. */
export const BATCH = 20;
/** Updates in one pass over the data. */
export const PASS = POINTS / BATCH;
export const LEARNING_RATE = 0.2;
/** Updates per run. */
export const STEPS = 1500;

/** Where the engine stopped the run: the step, what went NaN or ±Infinity, and in which layer. */
export interface Divergence {
  readonly step: number;
  readonly nonFinite: NonFinite;
  readonly layer: number;
}

/**
 * The depth experiment: the same circle task learned by networks of 2, 5 or 10 dense layers
 * (hidden width {@link WIDTH}, linear output ŷ, L = ½(ŷ − y)² averaged over the batch),
 * trained by the engine with plain SGD on mini-batches. After each update it keeps, per
 * layer l, ‖∂L/∂W⁽ˡ⁾‖ (Frobenius norm of the batch's mean gradient, the engine's stats) and
 * the size of the update relative to the weights, ‖ΔW⁽ˡ⁾‖/‖W⁽ˡ⁾‖ = η‖∂L/∂W⁽ˡ⁾‖/‖W⁽ˡ⁾‖.
 * Row t of each history describes update t (t = 0, 1, …).
 */
export class DepthRun {
  readonly net: Network;
  readonly layers: number;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** losses[t]: the batch's mean loss measured before update t. */
  readonly losses = new Float64Array(STEPS);
  /** gradNorms[t·layers + l], updateRatios[t·layers + l]. */
  readonly gradNorms: Float64Array;
  readonly updateRatios: Float64Array;
  step = 0;
  divergence: Divergence | null = null;
  private readonly weightNorms: Float64Array;
  private readonly report: StepReport = createStepReport();

  constructor(readonly config: DepthConfig) {
    const { depth, activation, scale, seed } = config;
    const sizes = [2, ...Array.from({ length: depth - 1 }, () => WIDTH), 1];
    this.net = createNetwork({ sizes, hidden: activation, output: 'linear', loss: 'mse', init: activation === 'relu' ? 'he' : 'xavier', seed });
    if (scale === 'grande') {
      for (const layer of this.net.layers) for (let k = 0; k < layer.W.length; k++) layer.W[k]! *= LARGE_GAIN;
      this.net.weightsChanged();
    }
    this.layers = this.net.layers.length;
    this.gradNorms = new Float64Array(STEPS * this.layers);
    this.updateRatios = new Float64Array(STEPS * this.layers);
    this.weightNorms = Float64Array.from(this.net.stats(), (s) => s.weightNorm);
    const points = makeDataset({ kind: 'circle', n: POINTS, seed, labels: 'plusMinusOne' }).points;
    this.xs = Float64Array.from(points.flatMap((p) => [p.x1 / RADIUS, p.x2 / RADIUS]));
    this.ys = Float64Array.from(points, (p) => p.y);
  }

  get finished(): boolean {
    return this.divergence !== null || this.step >= STEPS;
  }

  /** Runs up to `count` updates (fewer if training ends or diverges); returns how many ran. */
  run(count: number): number {
    let done = 0;
    while (done < count && !this.finished && this.update()) done++;
    return done;
  }

  /** One SGD update on the next mini-batch; false (nothing recorded) when the engine reports a divergence. */
  private update(): boolean {
    const start = (this.step * BATCH) % POINTS;
    const report = this.net.trainBatch(this.xs, this.ys, { learningRate: LEARNING_RATE, start, count: BATCH }, this.report);
    if (report.status === 'diverged') {
      this.divergence = { step: this.step, nonFinite: report.nonFinite ?? 'loss', layer: report.layer };
      return false;
    }
    const row = this.step * this.layers;
    this.losses[this.step] = report.loss;
    this.net.stats().forEach((s, l) => {
      this.gradNorms[row + l] = s.gradientNormW;
      // The update was η·g, so this is its size relative to the weights it changed.
      this.updateRatios[row + l] = (LEARNING_RATE * s.gradientNormW) / this.weightNorms[l]!;
      this.weightNorms[l] = s.weightNorm;
    });
    this.step++;
    return true;
  }

  /** ‖∂L/∂W⁽ˡ⁾‖ of every layer at update `step` (the last one by default). */
  normsAt(step = this.step - 1): number[] {
    return Array.from(this.gradNorms.subarray(step * this.layers, (step + 1) * this.layers));
  }

  /**
   * Each layer's ‖∂L/∂W⁽ˡ⁾‖ averaged over the {@link PASS} updates ending at `step` (one pass
   * over the data), which smooths out the batch-to-batch jumps for the chart.
   */
  passMeanNormsAt(step: number): number[] {
    const from = Math.max(0, step - PASS + 1);
    const sums = new Array<number>(this.layers).fill(0);
    for (let t = from; t <= step; t++) for (let l = 0; l < this.layers; l++) sums[l]! += this.gradNorms[t * this.layers + l]!;
    return sums.map((sum) => sum / (step - from + 1));
  }

  /** ‖ΔW⁽ˡ⁾‖/‖W⁽ˡ⁾‖ of every layer at update `step` (the last one by default). */
  ratiosAt(step = this.step - 1): number[] {
    return Array.from(this.updateRatios.subarray(step * this.layers, (step + 1) * this.layers));
  }
}
