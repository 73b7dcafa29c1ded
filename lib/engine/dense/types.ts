import type { Activation } from '../activations';
import type { InitName } from '../init';
import type { LossName } from '../losses';

/** What {@link createNetwork} builds: layer sizes, activations, loss, initialiser and seed. */
export interface NetworkSpec {
  /** Units per layer, input first: [2, 4, 2, 1] is 2 inputs, hidden layers of 4 and 2, 1 output. */
  readonly sizes: readonly number[];
  /** Activation of every hidden layer (default 'tanh'). */
  readonly hidden?: Activation;
  /** Activation of the output layer (default 'linear', or what the loss requires). */
  readonly output?: Activation;
  /** Per-layer activations (length sizes.length − 1); overrides hidden/output. */
  readonly activations?: readonly Activation[];
  readonly loss?: LossName;
  readonly init?: InitName;
  /** Seed of the initialiser (default 0). */
  readonly seed?: number;
  /** Negative slope of leakyRelu (default 0.01). */
  readonly leakyReluAlpha?: number;
}

/** Hyper-parameters of one SGD update. */
export interface StepOptions {
  readonly learningRate: number;
  /** Classical momentum μ in [0, 1): v ← μv − η·g, w ← w + v (default 0). */
  readonly momentum?: number;
  /** L1 strength λ₁: adds λ₁·sign(w) to ∂L/∂w (weights only, not biases). */
  readonly l1?: number;
  /** L2 strength λ₂: adds λ₂·w to ∂L/∂w (weights only, not biases). */
  readonly l2?: number;
}

/** Which quantity went NaN or ±Infinity. */
export type NonFinite = 'loss' | 'gradient' | 'weights';

/**
 * Outcome of a training step. On 'diverged' the update was not applied to any layer at or
 * below `layer` (for 'loss': not at all), so the weights stay finite and inspectable.
 */
export interface StepReport {
  status: 'ok' | 'diverged';
  /** Mean loss over the batch, before the update. */
  loss: number;
  /** Examples in the batch. */
  examples: number;
  nonFinite: NonFinite | null;
  /** Layer index where the gradient or the weights went non-finite, else −1. */
  layer: number;
}

/** A fresh, reusable {@link StepReport}; pass it to trainBatch to keep training allocation-free. */
export function createStepReport(): StepReport {
  return { status: 'ok', loss: Number.NaN, examples: 0, nonFinite: null, layer: -1 };
}
