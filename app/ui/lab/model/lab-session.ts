import { createNetwork, createStepReport, meanLoss, type Activation, type Network, type StepOptions } from '@/lib/engine';
import { buildData, type LabData } from './lab-data';
import { layerSizes, type LabSettings } from './lab-state';
import { FramePacer, runWithinBudget } from './frame-budget';

/** Output activation the settings call for: tanh for ±1 labels, sigmoid for cross-entropy, linear for regression. */
export function outputActivation(s: LabSettings): Activation {
  if (s.problem === 'regression') return 'linear';
  return s.loss === 'bce' ? 'sigmoid' : 'tanh';
}

export function stepOptions(s: LabSettings): StepOptions {
  return {
    learningRate: s.learningRate,
    l1: s.regularization === 'l1' ? s.regRate : 0,
    l2: s.regularization === 'l2' ? s.regRate : 0,
  };
}

export function buildNetwork(s: LabSettings): Network {
  return createNetwork({ sizes: layerSizes(s), hidden: s.activation, output: outputActivation(s), loss: s.loss === 'bce' ? 'bce' : 'mse', init: s.init, seed: s.seed });
}

/** All weights then biases of every layer, in layer order (the order of a shared link). */
export function flatWeights(net: Network): Float32Array {
  let n = 0;
  for (const l of net.layers) n += l.W.length + l.b.length;
  const out = new Float32Array(n);
  let k = 0;
  for (const l of net.layers) {
    out.set(l.W, k);
    k += l.W.length;
    out.set(l.b, k);
    k += l.b.length;
  }
  return out;
}

/** Inverse of {@link flatWeights}; the length must match. */
export function loadFlatWeights(net: Network, w: ArrayLike<number>): void {
  let k = 0;
  for (const l of net.layers) {
    for (let i = 0; i < l.W.length; i++) l.W[i] = w[k++]!;
    for (let i = 0; i < l.b.length; i++) l.b[i] = w[k++]!;
  }
  net.weightsChanged();
}

export interface Evaluation {
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number | null;
  testAccuracy: number | null;
}

/** Why training stopped by itself. */
export type Divergence = { loss: number } | null;

/**
 * One run of the lab: seeded data, the network, the epoch counter and the position inside
 * the current epoch. Mini-batches walk the training set in order (it is already shuffled
 * by the seed), so a link with the same settings replays the same training.
 */
export class LabSession {
  readonly data: LabData;
  readonly net: Network;
  epoch = 0;
  /** Next training row of the current epoch. */
  cursor = 0;
  divergence: Divergence = null;
  readonly pacer = new FramePacer();
  readonly history: { epoch: number; train: number; test: number }[] = [];
  private readonly report = createStepReport();

  constructor(
    public settings: LabSettings,
    weights: Float32Array | null = null,
    epoch = 0,
  ) {
    this.data = buildData(settings);
    this.net = buildNetwork(settings);
    if (weights) loadFlatWeights(this.net, weights);
    this.epoch = epoch;
  }

  /** Applies settings that leave data and network alone (learning rate, regularisation, batch size). */
  setHyperParameters(s: LabSettings): void {
    this.settings = s;
  }

  /** Writes one weight W[to, from] of a layer (an edit by the learner). */
  setWeight(layer: number, to: number, from: number, value: number): void {
    const l = this.net.layers[layer]!;
    l.W[to * l.nIn + from] = value;
    this.net.weightsChanged();
  }

  get trainRows(): number {
    return this.data.train.length;
  }

  get batchesPerEpoch(): number {
    return Math.max(1, Math.ceil(this.trainRows / this.settings.batchSize));
  }

  /** One mini-batch; false when the step diverged (the engine then leaves the weights finite). */
  trainOneBatch(): boolean {
    if (this.divergence || this.trainRows === 0) return false;
    const count = Math.min(this.settings.batchSize, this.trainRows - this.cursor);
    const opts = { ...stepOptions(this.settings), start: this.cursor, count };
    const report = this.net.trainBatch(this.data.trainX, this.data.trainY, opts, this.report);
    if (report.status === 'diverged') {
      this.divergence = { loss: report.loss };
      return false;
    }
    this.advance(count);
    return true;
  }

  /** Moves the cursor past `rows` examples, counting an epoch when the training set is used up. */
  advance(rows: number): void {
    this.cursor += rows;
    if (this.cursor >= this.trainRows) {
      this.cursor = 0;
      this.epoch++;
    }
  }

  /** Trains for one animation frame: the pace's share of batches, never past the time budget. */
  trainFrame(epochsPerFrame: number, budgetMs: number, now: () => number): { batches: number; elapsedMs: number } {
    const want = this.pacer.batchesForFrame(this.batchesPerEpoch, epochsPerFrame);
    if (want === 0) return { batches: 0, elapsedMs: 0 };
    const r = runWithinBudget(want, budgetMs, now, () => this.trainOneBatch());
    return { batches: r.units, elapsedMs: r.elapsedMs };
  }

  /** Mean train and test loss (forward passes only) and, for classification, accuracy. */
  evaluate(): Evaluation {
    const { trainX, trainY, testX, testY } = this.data;
    const trainLoss = trainY.length > 0 ? meanLoss(this.net, trainX, trainY) : Number.NaN;
    const testLoss = testY.length > 0 ? meanLoss(this.net, testX, testY) : Number.NaN;
    if (!Number.isFinite(trainLoss) && !this.divergence) this.divergence = { loss: trainLoss };
    const classify = this.settings.problem === 'classification';
    return {
      trainLoss,
      testLoss,
      trainAccuracy: classify ? this.accuracy(trainX, trainY) : null,
      testAccuracy: classify ? this.accuracy(testX, testY) : null,
    };
  }

  private accuracy(X: Float64Array, Y: Float64Array): number {
    const nIn = this.net.inputSize;
    const threshold = this.settings.loss === 'bce' ? 0.5 : 0;
    let right = 0;
    for (let r = 0; r < Y.length; r++) {
      const out = this.net.forward(X.subarray(r * nIn, (r + 1) * nIn))[0]!;
      if (out >= threshold === Y[r]! > threshold) right++;
    }
    return Y.length > 0 ? right / Y.length : Number.NaN;
  }

  /** Records the current losses for the chart (at most one point per epoch). */
  record(e: Evaluation): void {
    const last = this.history[this.history.length - 1];
    if (last && last.epoch === this.epoch) {
      last.train = e.trainLoss;
      last.test = e.testLoss;
    } else this.history.push({ epoch: this.epoch, train: e.trainLoss, test: e.testLoss });
    if (this.history.length > 2000) this.history.splice(0, this.history.length - 1000);
  }

  /** Maps an output activation to [−1, 1] for colouring (sigmoid outputs are rescaled). */
  unitOutput(v: number): number {
    return this.settings.loss === 'bce' && this.settings.problem === 'classification' ? 2 * v - 1 : v;
  }
}
