import { Rng, value } from '@/lib/engine';

/** Which weight of the chain a visualization adjusts. */
export type ChainWeight = 'w1' | 'w2';

export const CHAIN_WEIGHTS: readonly ChainWeight[] = ['w1', 'w2'];

/** How the course writes each number of the chain. */
export const CHAIN_NAMES = { x: 'x', y: 'y', w1: 'w₁', b1: 'b₁', w2: 'w₂', b2: 'b₂' } as const;

/** The smallest network with a hidden layer: x → h = σ(w₁x + b₁) → ŷ = w₂h + b₂, one example (x, y). */
export interface ChainSetup {
  readonly x: number;
  readonly y: number;
  readonly w1: number;
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
}

/** The chain evaluated by the engine: forward values, L = ½(ŷ − y)² and, from backward, ∂L/∂w₁ and ∂L/∂w₂. */
export interface ChainState {
  readonly h: number;
  readonly yhat: number;
  readonly loss: number;
  readonly gradW1: number;
  readonly gradW2: number;
}

const tenth = (v: number) => Math.round(v * 10) / 10;

/** A uniform draw rounded to 0,1 with |v| ≥ minAbs, so no weight starts at (or near) zero. */
function drawWeight(rng: Rng, lo: number, hi: number, minAbs: number): number {
  let v = tenth(rng.uniform(lo, hi));
  while (Math.abs(v) < minAbs) v = tenth(rng.uniform(lo, hi));
  return v;
}

/**
 * A chain drawn from `seed` on a 0,1 grid: x, w₁, b₁, w₂, b₂, and a target y that leaves
 * an error ŷ − y between 0,4 and 1,2 in size, so one step visibly helps.
 */
export function seededChain(seed: number): ChainSetup {
  const rng = new Rng(seed);
  const x = [0.5, 1, 1.5, 2][rng.int(4)]!;
  const w1 = drawWeight(rng, -1.5, 1.5, 0.3);
  const b1 = tenth(rng.uniform(-0.5, 0.5));
  const w2 = drawWeight(rng, -1.5, 1.5, 0.3);
  const b2 = tenth(rng.uniform(-0.3, 0.3));
  const error = (rng.int(2) === 0 ? 1 : -1) * tenth(rng.uniform(0.4, 1.2));
  const setup = { x, y: 0, w1, b1, w2, b2 };
  return { ...setup, y: tenth(evaluateChain(setup).yhat - error) };
}

/** Forward through engine Values, then backward from L: every number the figure shows about one state. */
export function evaluateChain(setup: ChainSetup): ChainState {
  const w1 = value(setup.w1, 'w₁');
  const w2 = value(setup.w2, 'w₂');
  const h = w1.mul(setup.x).add(setup.b1).sigmoid();
  const yhat = h.mul(w2).add(setup.b2);
  const loss = yhat.sub(setup.y).pow(2).mul(0.5);
  loss.backward();
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
