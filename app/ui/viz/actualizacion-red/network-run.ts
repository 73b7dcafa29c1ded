import { createNetwork, meanLoss, type Network, type NonFinite, Rng } from '@/lib/engine';
import { unitName } from '../model/network-layout';

/** Examples the network fits: rows (x₁, x₂) flat in xs, targets in ys. */
export interface Examples {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly count: number;
}

export const EXAMPLE_COUNT = 8;

/** Eight points on a 0,1 grid of [−1, 1]² from the engine's Rng, with target y = x₁·x₂ + 0,5·x₁ (a gently curved surface). */
export function seededExamples(seed: number): Examples {
  const rng = new Rng(seed);
  const xs = new Float64Array(2 * EXAMPLE_COUNT);
  const ys = new Float64Array(EXAMPLE_COUNT);
  for (let k = 0; k < EXAMPLE_COUNT; k++) {
    const x1 = Math.round(rng.uniform(-1, 1) * 10) / 10;
    const x2 = Math.round(rng.uniform(-1, 1) * 10) / 10;
    xs[2 * k] = x1;
    xs[2 * k + 1] = x2;
    ys[k] = x1 * x2 + 0.5 * x1;
  }
  return { xs, ys, count: EXAMPLE_COUNT };
}

/** One weight of the network: layer l, position W[j·nIn + i], named "x₁ → h₂". */
export interface WeightRef {
  readonly layer: number;
  readonly index: number;
  readonly label: string;
}

/** Every weight, layer by layer, in the engine's order (biases are left to the numbers table's totals). */
export function weightRefs(sizes: readonly number[]): WeightRef[] {
  const refs: WeightRef[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const nIn = sizes[l]!;
    for (let j = 0; j < sizes[l + 1]!; j++) {
      for (let i = 0; i < nIn; i++) refs.push({ layer: l, index: j * nIn + i, label: `${unitName(sizes, l, i)} → ${unitName(sizes, l + 1, j)}` });
    }
  }
  return refs;
}

const copyWeights = (net: Network) => net.layers.map((layer) => Float64Array.from(layer.W));

/**
 * Full-batch gradient descent on a tanh network with a linear output and L = ½(ŷ − y)²
 * (averaged over the examples), one engine stage at a time: forward and backward for every
 * example (dW sums ∂L/∂W), then one step W ← W − η·dW/n for all weights at once.
 * losses[k] is the mean loss after k steps. The engine's divergence report ends the run.
 */
export class NetworkRun {
  readonly net: Network;
  readonly start: Float64Array[];
  /** Weights before the last step, and the mean gradient that step applied. */
  previous: Float64Array[];
  gradients: Float64Array[];
  readonly losses: number[] = [];
  /** What went NaN or ±∞ (engine report), or null while the numbers are finite. */
  diverged: NonFinite | null = null;

  constructor(
    readonly sizes: readonly number[],
    readonly examples: Examples,
    seed: number,
  ) {
    this.net = createNetwork({ sizes, hidden: 'tanh', output: 'linear', loss: 'mse', init: 'xavier', seed });
    this.start = copyWeights(this.net);
    this.previous = this.start;
    this.gradients = this.start.map((w) => new Float64Array(w.length));
    this.losses.push(this.meanLoss());
  }

  get steps(): number {
    return this.losses.length - 1;
  }

  /** One update of every weight and bias with learning rate `eta`; false (and nothing changes) once the run has diverged. */
  step(eta: number): boolean {
    if (this.diverged) return false;
    const { xs, ys, count } = this.examples;
    for (let k = 0; k < count; k++) {
      this.net.forward(xs.subarray(2 * k, 2 * k + 2));
      this.net.backward(ys.subarray(k, k + 1));
    }
    const gradients = this.net.layers.map((layer) => layer.dW.map((g) => g / count));
    const previous = copyWeights(this.net);
    const report = this.net.step({ learningRate: eta });
    const loss = report.status === 'ok' ? this.meanLoss() : Number.NaN;
    if (report.status !== 'ok' || !Number.isFinite(loss)) {
      this.diverged = report.nonFinite ?? 'loss';
      return false;
    }
    this.previous = previous;
    this.gradients = gradients;
    this.losses.push(loss);
    return true;
  }

  /** Mean of ½(ŷ − y)² over the examples, forward passes only. */
  meanLoss(): number {
    return meanLoss(this.net, this.examples.xs, this.examples.ys);
  }
}
