import { createStepReport, meanLoss, type Network } from '@/lib/engine';
import { buildNetwork, stepOptions } from './build-network';
import { classMetrics, type ClassMetrics } from './class-metrics';
import { flatWeights, loadFlatWeights } from './flat-weights';
import { buildData, type LabData } from './lab-data';
import type { LabSettings } from './lab-state';
import { FramePacer, runWithinBudget } from './frame-budget';
import { WeightTrail } from './weight-trail';

export interface Evaluation {
  trainLoss: number;
  testLoss: number;
  /** Classification only (null for regression): accuracy and confusion matrix of each set. */
  train: ClassMetrics | null;
  test: ClassMetrics | null;
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
  /** Weights per epoch, for the path drawn on the loss landscape. */
  readonly trail = new WeightTrail();
  private readonly report = createStepReport();

  constructor(
    public settings: LabSettings,
    weights: ArrayLike<number> | null = null,
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

  /** Writes the bias of unit `to` of a layer (an edit by the learner). */
  setBias(layer: number, to: number, value: number): void {
    this.net.layers[layer]!.b[to] = value;
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

  /** Whether the epoch went from below the learner's «Parar en la época» to it since `from`. */
  reachedStop(from: number): boolean {
    const stop = this.settings.stopAt;
    return stop !== null && from < stop && this.epoch >= stop;
  }

  /**
   * Trains for one animation frame: the pace's share of batches, never past the time budget,
   * and never past the stop epoch (a fast pace runs several epochs per frame).
   */
  trainFrame(epochsPerFrame: number, budgetMs: number, now: () => number): { batches: number; elapsedMs: number } {
    const want = this.pacer.batchesForFrame(this.batchesPerEpoch, epochsPerFrame);
    if (want === 0) return { batches: 0, elapsedMs: 0 };
    const from = this.epoch;
    const r = runWithinBudget(want, budgetMs, now, () => this.trainOneBatch() && !this.reachedStop(from));
    return { batches: r.units, elapsedMs: r.elapsedMs };
  }

  /** Mean train and test loss (forward passes only) and, for classification, accuracy and confusion matrices. */
  evaluate(): Evaluation {
    const { trainX, trainY, testX, testY } = this.data;
    const trainLoss = trainY.length > 0 ? meanLoss(this.net, trainX, trainY) : Number.NaN;
    const testLoss = testY.length > 0 ? meanLoss(this.net, testX, testY) : Number.NaN;
    if (!Number.isFinite(trainLoss) && !this.divergence) this.divergence = { loss: trainLoss };
    if (this.settings.problem !== 'classification') return { trainLoss, testLoss, train: null, test: null };
    const threshold = this.settings.loss === 'bce' ? 0.5 : 0;
    return { trainLoss, testLoss, train: classMetrics(this.net, trainX, trainY, threshold), test: classMetrics(this.net, testX, testY, threshold) };
  }

  /** Records the current losses for the chart and the weights for the trail (at most one point per epoch). */
  record(e: Evaluation): void {
    this.trail.push(this.epoch, flatWeights(this.net));
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
