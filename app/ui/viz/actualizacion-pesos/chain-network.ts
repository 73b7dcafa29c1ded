import { chainGraph, seededChain, type Chain } from '@/lib/exercises/u7-chain';

/** Which weight of the chain a visualization adjusts. */
export type ChainWeight = 'w1' | 'w2';

export const CHAIN_WEIGHTS: readonly ChainWeight[] = ['w1', 'w2'];

/** How the course writes each number of the chain. */
export const CHAIN_NAMES = { x: 'x', y: 'y', w1: 'w₁', b1: 'b₁', w2: 'w₂', b2: 'b₂' } as const;

/** The smallest network with a hidden layer: x → h = σ(w₁x + b₁) → ŷ = w₂h + b₂, one example (x, y); Unit 7's exercises draw the same one. */
export type ChainSetup = Chain;

/** The chain evaluated by the engine: forward values, L = ½(ŷ − y)² and, from backward, ∂L/∂w₁ and ∂L/∂w₂. */
export interface ChainState {
  readonly h: number;
  readonly yhat: number;
  readonly loss: number;
  readonly gradW1: number;
  readonly gradW2: number;
}

/** The chain of `seed`, the same network Unit 7's exercises use with that seed. */
export { seededChain };

/** Forward through engine Values, then backward from L: every number the figure shows about one state. */
export function evaluateChain(setup: ChainSetup): ChainState {
  const { h, yhat, loss, w1, w2 } = chainGraph(setup);
  return { h: h.data, yhat: yhat.data, loss: loss.data, gradW1: w1.grad, gradW2: w2.grad };
}

/** One update of a single weight: before, the rule w − η·∂L/∂w, and the chain evaluated again after. */
export interface WeightStep {
  readonly weight: number;
  readonly gradient: number;
  readonly newWeight: number;
  readonly before: ChainState;
  readonly after: ChainState;
}

/** Applies w ← w − η·∂L/∂w to `which` only (the other weights stay put) and re-runs the forward pass. */
export function stepOneWeight(setup: ChainSetup, which: ChainWeight, eta: number): WeightStep {
  const before = evaluateChain(setup);
  const weight = setup[which];
  const gradient = which === 'w1' ? before.gradW1 : before.gradW2;
  const newWeight = weight - eta * gradient;
  const after = evaluateChain({ ...setup, [which]: newWeight });
  return { weight, gradient, newWeight, before, after };
}
