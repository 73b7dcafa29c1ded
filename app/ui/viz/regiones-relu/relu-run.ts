import { createNetwork, createStepReport, meanLoss, type Network, networkFromJson, networkToJson } from '@/lib/engine';
import { toyDataset, type ToyDataset } from '../model/toy-datasets';
import type { HiddenKind, ReluConfig } from './relu-props';

/** Leaky ReLU's slope below zero here: ten times the engine's default, so revival is visible in a few hundred epochs. */
export const LEAKY_ALPHA = 0.1;
/** The square of the plane that is drawn (the data fill [−1, 1]²). */
export const PLANE = [-1.25, 1.25] as const;
/** Cells per side of the output map. */
export const GRID = 50;

/** One hidden neuron: z = w₁x₁ + w₂x₂ + b, and on how many data points z > 0. */
export interface NeuronView {
  readonly w1: number;
  readonly w2: number;
  readonly b: number;
  readonly activeCount: number;
  /** z ≤ 0 on every data point: with ReLU no gradient reaches its weights any more. */
  readonly dead: boolean;
}

/** Everything the picture, the controls and the numbers table show, frozen at one moment. */
export interface ReluSnapshot {
  readonly epoch: number;
  readonly loss: number;
  readonly activation: HiddenKind;
  readonly eta: number;
  readonly neurons: readonly NeuronView[];
  readonly deadCount: number;
  /** ŷ at the centre of each cell, row by row from the top (x₂ = PLANE[1]) down. */
  readonly output: Float64Array;
  /** Distinct on/off patterns of the hidden layer over the grid: the linear pieces visible in the square. */
  readonly regions: number;
  readonly diverged: boolean;
  /** Dead neurons after each epoch since the last reset (index 0: the starting weights). */
  readonly deadHistory: readonly number[];
}

/**
 * A 2 → H → 1 network (ReLU or leaky ReLU hidden layer, sigmoid output, cross-entropy) on
 * the engine's XOR toy set, trained full-batch one epoch per step. With a single hidden
 * layer each neuron's active region is a half-plane and z = 0 a straight line.
 */
export class ReluRun {
  readonly data: ToyDataset;
  net: Network;
  epoch = 0;
  private eta: number;
  diverged = false;
  private readonly report = createStepReport();
  private deadHistory: number[] = [];

  constructor(private readonly config: ReluConfig) {
    this.data = toyDataset('xor', config.seed);
    this.eta = config.eta;
    this.net = this.build(config.activation);
    this.deadHistory.push(this.deadCount());
    if (config.pretrain > 0) this.train(config.pretrain);
  }

  /** Trains up to `epochs` epochs (stops early if the engine reports divergence); returns how many ran. */
  train(epochs: number): number {
    let done = 0;
    while (done < epochs && !this.diverged) {
      const report = this.net.trainBatch(this.data.xs, this.data.ys, { learningRate: this.eta }, this.report);
      if (report.status !== 'ok') this.diverged = true;
      else {
        this.epoch++;
        done++;
        this.deadHistory.push(this.deadCount());
      }
    }
    return done;
  }

  /** A new η for the next epochs; the weights stay as they are. */
  setEta(eta: number): void {
    this.eta = eta;
  }

  /** Same weights, other activation: how a dead ReLU neuron can come back once its slope below 0 is not 0. */
  setActivation(kind: HiddenKind): void {
    this.net = networkFromJson({ ...networkToJson(this.net), activations: [kind, 'sigmoid'] });
  }

  /** New starting weights from the seed, and the epoch count back to 0. */
  reset(kind: HiddenKind): void {
    this.net = this.build(kind);
    this.epoch = 0;
    this.diverged = false;
    this.deadHistory = [this.deadCount()];
  }

  snapshot(): ReluSnapshot {
    const { net, data } = this;
    const hidden = net.layers[0]!;
    const neurons = this.activeCounts().map((activeCount, j) => ({ w1: hidden.W[2 * j]!, w2: hidden.W[2 * j + 1]!, b: hidden.b[j]!, activeCount, dead: activeCount === 0 }));
    const { output, regions } = this.outputMap();
    return {
      epoch: this.epoch,
      loss: meanLoss(net, data.xs, data.ys),
      activation: hidden.activation as HiddenKind,
      eta: this.eta,
      neurons,
      deadCount: neurons.filter((n) => n.dead).length,
      output,
      regions,
      diverged: this.diverged,
      deadHistory: [...this.deadHistory],
    };
  }

  /** Per hidden neuron, on how many data points z > 0 (engine forward passes). */
  private activeCounts(): number[] {
    const hidden = this.net.layers[0]!;
    const counts = new Array<number>(hidden.nOut).fill(0);
    const point = new Float64Array(2);
    for (let k = 0; k < this.data.count; k++) {
      point[0] = this.data.xs[2 * k]!;
      point[1] = this.data.xs[2 * k + 1]!;
      this.net.forward(point);
      for (let j = 0; j < hidden.nOut; j++) if (hidden.z[j]! > 0) counts[j]!++;
    }
    return counts;
  }

  private deadCount(): number {
    return this.activeCounts().filter((count) => count === 0).length;
  }

  private build(kind: HiddenKind): Network {
    const { hidden, seed } = this.config;
    return createNetwork({ sizes: [2, hidden, 1], activations: [kind, 'sigmoid'], loss: 'bce', init: 'uniform', seed, leakyReluAlpha: LEAKY_ALPHA });
  }

  private outputMap(): { output: Float64Array; regions: number } {
    const output = new Float64Array(GRID * GRID);
    const patterns = new Set<number>();
    const hidden = this.net.layers[0]!;
    const point = new Float64Array(2);
    const cell = (PLANE[1] - PLANE[0]) / GRID;
    for (let row = 0; row < GRID; row++) {
      point[1] = PLANE[1] - (row + 0.5) * cell;
      for (let col = 0; col < GRID; col++) {
        point[0] = PLANE[0] + (col + 0.5) * cell;
        output[row * GRID + col] = this.net.forward(point)[0]!;
        let pattern = 0;
        for (let j = 0; j < hidden.nOut; j++) if (hidden.z[j]! > 0) pattern |= 1 << j;
        patterns.add(pattern);
      }
    }
    return { output, regions: patterns.size };
  }
}
