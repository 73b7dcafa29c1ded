import { activationDerivative, type Activation, type LossName, type Network } from '@/lib/engine';
import type { PhaseView } from './phase-stepper';

/** A weight of the engine's network: layer k's W[to, from] (from a unit of layer k − 1, or an input). */
export interface WeightRef {
  layer: number;
  to: number;
  from: number;
}

/** One layer of an example's forward pass: the engine's DenseLayer fits, and so does a phase's copy. */
export interface ChainLayer {
  readonly nIn: number;
  readonly nOut: number;
  readonly W: ArrayLike<number>;
  readonly z: ArrayLike<number>;
  readonly a: ArrayLike<number>;
  readonly activation: Activation;
}

/** An example after its forward pass: input, target, loss (squared error or cross-entropy) and layers. */
export interface ChainExample {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly loss: Exclude<LossName, 'softmaxCrossEntropy'>;
  readonly layers: readonly ChainLayer[];
}

/**
 * A local derivative on a path: f′(z) of a unit, a weight w (∂z_next/∂a), and at the output
 * ∂L/∂ŷ = ŷ − y (squared error) or, for cross-entropy on a sigmoid, ∂L/∂z = ŷ − y directly
 * (σ′ cancels the denominator of ∂L/∂ŷ, as the engine computes it).
 */
export type Factor =
  | { kind: 'fprime'; layer: number; unit: number; value: number }
  | { kind: 'w'; layer: number; to: number; from: number; value: number }
  | { kind: 'dLdy'; unit: number; value: number }
  | { kind: 'dLdz'; unit: number; value: number };

/** A path from the weight's target unit to an output unit: the unit of each layer it visits, and its product. */
export interface ChainPath {
  units: number[];
  factors: Factor[];
  product: number;
}

export interface WeightChain {
  /** a_i: the activation (or input) the weight multiplies. */
  input: number;
  /** Paths with the largest |product|, at most the number asked for. */
  shown: ChainPath[];
  pathCount: number;
  /** Sum of the paths not shown. */
  restSum: number;
  /** δ_j = ∂L/∂z_j: the sum over every path. */
  delta: number;
  /** ∂L/∂w = a_i · δ_j. */
  gradient: number;
}

/** Factors for leaving unit `u` of layer `l` towards unit `next` of layer l+1, or for ending at the output. */
function stepFactors(ex: ChainExample, l: number, u: number, next: number | null): Factor[] {
  const layer = ex.layers[l]!;
  const yHat = layer.a[u]!;
  if (next === null && ex.loss === 'bce') return [{ kind: 'dLdz', unit: u, value: yHat - ex.y[u]! }];
  const fp: Factor = { kind: 'fprime', layer: l, unit: u, value: activationDerivative(layer.activation, layer.z[u]!) };
  if (next === null) return [fp, { kind: 'dLdy', unit: u, value: yHat - ex.y[u]! }];
  const above = ex.layers[l + 1]!;
  return [fp, { kind: 'w', layer: l + 1, to: next, from: u, value: above.W[next * above.nIn + u]! }];
}

/** Every factor of a path, in the order its product multiplies them. */
export function pathFactors(ex: ChainExample, layer: number, units: readonly number[]): Factor[] {
  return units.flatMap((u, k) => stepFactors(ex, layer + k, u, k + 1 < units.length ? units[k + 1]! : null));
}

/**
 * ∂L/∂w for the weight from unit `from` of the layer below to unit `to` of engine layer
 * `layer`, as a_i · δ_j with δ_j expanded as a sum over every path from j to the output of
 * the product of the local derivatives along it. Walks the paths depth first (a 6 × 8
 * network has 8⁵ of them from the first layer), keeping only each path's units and product.
 */
export function weightChain(ex: ChainExample, layer: number, to: number, from: number, maxShown = 8): WeightChain {
  const last = ex.layers.length - 1;
  const all: { units: number[]; product: number }[] = [];
  const units: number[] = [];
  const walk = (l: number, u: number, product: number) => {
    units.push(u);
    if (l === last) all.push({ units: units.slice(), product: stepFactors(ex, l, u, null).reduce((p, f) => p * f.value, product) });
    else {
      for (let v = 0; v < ex.layers[l + 1]!.nOut; v++) walk(l + 1, v, stepFactors(ex, l, u, v).reduce((p, f) => p * f.value, product));
    }
    units.pop();
  };
  walk(layer, to, 1);
  let delta = 0;
  for (const p of all) delta += p.product;
  const ranked = all.map((p, k) => k).sort((i, j) => Math.abs(all[j]!.product) - Math.abs(all[i]!.product) || i - j);
  const chosen = ranked.slice(0, maxShown).sort((i, j) => i - j);
  const isShown = new Set(chosen);
  let restSum = 0;
  all.forEach((p, k) => {
    if (!isShown.has(k)) restSum += p.product;
  });
  const shown = chosen.map((k) => ({ ...all[k]!, factors: pathFactors(ex, layer, all[k]!.units) }));
  const input = layer === 0 ? ex.x[from]! : ex.layers[layer - 1]!.a[from]!;
  return { input, shown, pathCount: all.length, restSum, delta, gradient: input * delta };
}

/** A lab phase as a chain example: its copied numbers with the network's shapes, activations and loss. */
export function phaseExample(net: Network, phase: PhaseView): ChainExample {
  const layers = phase.layers.map((p, k) => {
    const l = net.layers[k]!;
    return { W: p.W, z: p.z, a: p.a, nIn: l.nIn, nOut: l.nOut, activation: l.activation };
  });
  return { x: phase.x, y: [phase.target], loss: net.loss === 'bce' ? 'bce' : 'mse', layers };
}
