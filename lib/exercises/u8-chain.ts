import { Rng, value, type Value } from '@/lib/engine';
import { drawRounded } from './u34-draw';

/** Layers of the one-neuron chains of Unit 8. */
export const CHAIN_LAYERS = 4;

/** What backward leaves on a chain, per layer l = 1 … k (index l − 1). */
export interface ChainPass {
  readonly z: number[];
  readonly a: number[];
  /** f′(z_l), read off the graph as (∂L/∂z_l)/(∂L/∂a_l). */
  readonly slope: number[];
  /** δ_l = ∂L/∂z_l. */
  readonly delta: number[];
  /** ∂L/∂w_l = δ_l · a_{l−1}. */
  readonly gradW: number[];
  readonly loss: number;
}

/**
 * A chain of one-neuron layers, z_l = w_l·a_{l−1}, a_l = f(z_l), a₀ = x, with
 * L = ½(a_k − y)², built from engine Values and differentiated by backward(). Backprop
 * gives δ_l = δ_{l+1}·w_{l+1}·f′(z_l): each layer back multiplies δ by one factor w·f′.
 */
export function chainPass(x: number, weights: readonly number[], y: number, activation: 'sigmoid' | 'relu'): ChainPass {
  const ws = weights.map((w, l) => value(w, `w${l + 1}`));
  const zs: Value[] = [];
  const as: Value[] = [];
  let a = value(x, 'x');
  for (const w of ws) {
    const z = w.mul(a);
    a = activation === 'sigmoid' ? z.sigmoid() : z.relu();
    zs.push(z);
    as.push(a);
  }
  const loss = a.sub(y).pow(2).mul(0.5);
  loss.backward();
  return {
    z: zs.map((z) => z.data),
    a: as.map((v) => v.data),
    slope: zs.map((z, l) => z.grad / as[l]!.grad),
    delta: zs.map((z) => z.grad),
    gradW: ws.map((w) => w.grad),
    loss: loss.data,
  };
}

/** A seeded chain: x in [0,5, 1], k weights on a 0,1 grid in [lo, hi], target y ∈ {0, 1}. */
export function drawChain(seed: number, lo: number, hi: number) {
  const rng = new Rng(seed);
  const x = drawRounded(rng, 0.5, 1, 1);
  const weights = Array.from({ length: CHAIN_LAYERS }, () => drawRounded(rng, lo, hi, 1));
  const y = rng.int(2);
  return { x, weights, y };
}

/** w1…wk, a1…ak, s1…sk (f′), d1…dk (δ) and g1…gk (∂L/∂w) as named variables. */
export function chainVariables(weights: readonly number[], pass: ChainPass): Record<string, number> {
  const out: Record<string, number> = {};
  weights.forEach((w, l) => {
    const k = l + 1;
    out[`w${k}`] = w;
    out[`a${k}`] = pass.a[l]!;
    out[`s${k}`] = pass.slope[l]!;
    out[`d${k}`] = pass.delta[l]!;
    out[`g${k}`] = pass.gradW[l]!;
  });
  return out;
}
