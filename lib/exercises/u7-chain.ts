import { Rng, value, type Value } from '@/lib/engine';
import { drawRounded, pick, randomSign, roundTo, squaredError } from './u34-draw';

/** Unit 7's running network: x → h = σ(w₁x + b₁) → ŷ = w₂h + b₂, one example (x, y). */
export interface Chain {
  readonly x: number;
  readonly y: number;
  readonly w1: number;
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
}

/** The chain as an engine graph; after `loss.backward()` each parameter leaf holds ∂L/∂parameter. */
export interface ChainGraph {
  readonly w1: Value;
  readonly b1: Value;
  readonly w2: Value;
  readonly b2: Value;
  readonly z: Value;
  readonly h: Value;
  readonly yhat: Value;
  readonly loss: Value;
}

/** Builds the forward graph of `c` and runs backward from L = ½(ŷ − y)². */
export function chainGraph(c: Chain): ChainGraph {
  const w1 = value(c.w1, 'w1');
  const b1 = value(c.b1, 'b1');
  const w2 = value(c.w2, 'w2');
  const b2 = value(c.b2, 'b2');
  const z = w1.mul(c.x).add(b1);
  const h = z.sigmoid();
  const yhat = w2.mul(h).add(b2);
  const loss = squaredError(yhat, c.y);
  loss.backward();
  return { w1, b1, w2, b2, z, h, yhat, loss };
}

/** Weights away from zero, on a 0,1 grid. */
function drawWeight(rng: Rng, lo: number, hi: number): number {
  return randomSign(rng) * drawRounded(rng, lo, hi, 1);
}

/**
 * A chain on a 0,1 grid: x ∈ {1, 2} (so z = w₁x + b₁ is exact to one decimal), the target y
 * leaving an error ŷ − y of 0,4 to 1,2 in size, of either sign.
 */
export function drawChain(rng: Rng): Chain {
  const x = pick(rng, [1, 2]);
  const w1 = drawWeight(rng, 0.3, 1.2);
  const b1 = drawRounded(rng, -0.5, 0.5, 1);
  const w2 = drawWeight(rng, 0.5, 1.5);
  const b2 = drawRounded(rng, -0.3, 0.3, 1);
  const error = randomSign(rng) * drawRounded(rng, 0.4, 1.2, 1);
  const yhat = chainGraph({ x, y: 0, w1, b1, w2, b2 }).yhat.data;
  return { x, y: roundTo(yhat - error, 1), w1, b1, w2, b2 };
}

/** The chain of `seed`: every Unit 7 exercise with the same seed talks about the same network. */
export function seededChain(seed: number): Chain {
  return drawChain(new Rng(seed));
}

/** What a lesson prints about the chain before any step: its numbers, the forward values and every gradient. */
export function chainVariables(c: Chain, g: ChainGraph = chainGraph(c)): Record<string, number> {
  return {
    ...c,
    z: g.z.data,
    h: g.h.data,
    yhat: g.yhat.data,
    error: g.yhat.data - c.y,
    loss: g.loss.data,
    gradW1: g.w1.grad,
    gradB1: g.b1.grad,
    gradW2: g.w2.grad,
    gradB2: g.b2.grad,
  };
}
