import { createNetwork, createStepReport, type Network, type StepReport } from '@/lib/engine';
import type { DiagramActivation } from './network-forward';
import type { ToyDataset } from './toy-datasets';

/**
 * Full-batch training of a small classifier with the engine: sigmoid output, binary
 * cross-entropy, one engine step per epoch over the whole set. losses[e] is the mean loss
 * the engine reported before update e (so losses[0] is the untrained network's loss).
 */
export class Trainer {
  readonly net: Network;
  readonly losses: Float64Array;
  epoch = 0;
  diverged = false;
  private readonly report: StepReport = createStepReport();

  constructor(
    readonly data: ToyDataset,
    sizes: readonly number[],
    activation: DiagramActivation,
    readonly learningRate: number,
    readonly epochs: number,
    seed: number,
  ) {
    this.net = createNetwork({ sizes, hidden: activation, output: 'sigmoid', loss: 'bce', seed });
    this.losses = new Float64Array(epochs);
  }

  get finished(): boolean {
    return this.diverged || this.epoch >= this.epochs;
  }

  /** Runs up to `count` epochs; returns how many ran. Allocation-free. */
  run(count: number): number {
    let done = 0;
    while (done < count && !this.finished) {
      const report = this.net.trainBatch(this.data.xs, this.data.ys, { learningRate: this.learningRate }, this.report);
      if (report.status !== 'ok' || !Number.isFinite(report.loss)) {
        this.diverged = true;
        break;
      }
      this.losses[this.epoch] = report.loss;
      this.epoch++;
      done++;
    }
    return done;
  }

  /** Mean loss of the network as it is now, over the whole set (engine forward passes only). */
  currentLoss(): number {
    let total = 0;
    const point = new Float64Array(2);
    const label = new Float64Array(1);
    for (let k = 0; k < this.data.count; k++) {
      point[0] = this.data.xs[2 * k]!;
      point[1] = this.data.xs[2 * k + 1]!;
      label[0] = this.data.ys[k]!;
      total += this.net.lossOf(point, label);
    }
    return total / this.data.count;
  }

  /** Share of points the network classifies right (output ≥ 0,5 means class 1). */
  accuracy(): number {
    let right = 0;
    const point = new Float64Array(2);
    for (let k = 0; k < this.data.count; k++) {
      point[0] = this.data.xs[2 * k]!;
      point[1] = this.data.xs[2 * k + 1]!;
      const out = this.net.forward(point)[0]!;
      if ((out >= 0.5 ? 1 : 0) === this.data.ys[k]) right++;
    }
    return right / this.data.count;
  }
}
