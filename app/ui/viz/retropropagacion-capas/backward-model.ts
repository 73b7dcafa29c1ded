import type { Network } from '@/lib/engine';
import { type DiagramActivation, forwardSnapshot, type NetworkSnapshot } from '../model/network-forward';

/**
 * A network after one forward and one backward pass on a single example, as the engine
 * left it: the forward values of NetworkSnapshot plus, per layer, f′(z), δ = ∂L/∂z and
 * ∂L/∂W = δ·a_prevᵀ, for the course's loss L = ½ Σ (ŷ − y)².
 */
export interface BackwardSnapshot extends NetworkSnapshot {
  /** The output layer's activation (hidden layers use `activation`). */
  readonly outputActivation: DiagramActivation;
  readonly target: Float64Array;
  readonly loss: number;
  /** fp[l − 1][k]: f′(z) of unit k of diagram layer l (the slope of the activation at its z). */
  readonly fp: readonly Float64Array[];
  /** delta[l − 1][k]: δ of unit k of diagram layer l. */
  readonly delta: readonly Float64Array[];
  /** gradW[l]: ∂L/∂w for the weights from layer l to l + 1, indexed like `weights`. */
  readonly gradW: readonly Float64Array[];
}

/** Runs the engine's forward and backward pass on one example and copies what the figure shows. */
export function backwardSnapshot(net: Network, activation: DiagramActivation, inputs: readonly number[], target: readonly number[]): BackwardSnapshot {
  const forward = forwardSnapshot(net, activation, inputs);
  const outputActivation = net.layers[net.layers.length - 1]!.activation as DiagramActivation;
  net.zeroGradients();
  const loss = net.backward(target);
  return {
    ...forward,
    outputActivation,
    target: Float64Array.from(target),
    loss,
    fp: net.layers.map((layer) => Float64Array.from(layer.fp)),
    delta: net.layers.map((layer) => Float64Array.from(layer.delta)),
    // With the gradients zeroed first, dW holds exactly this example's δ·a_prevᵀ.
    gradW: net.layers.map((layer) => Float64Array.from(layer.dW)),
  };
}

/** Steps of the walk: step 0 is the finished forward pass, each step after computes δ for one more layer, right to left. */
export function stepCount(sizes: readonly number[]): number {
  return sizes.length - 1;
}

/** The diagram layer whose δ the given step computes (the output at step 1, the first hidden layer at the last step). */
export function frontLayer(sizes: readonly number[], step: number): number {
  return sizes.length - step;
}

/** Whether diagram layer `layer` already has its δ after `step` steps (inputs never have one). */
export function deltaKnown(sizes: readonly number[], layer: number, step: number): boolean {
  return layer >= 1 && layer >= frontLayer(sizes, step);
}

/** One term w·δ that a hidden unit receives from a unit of the layer ahead. */
export interface BlameTerm {
  readonly to: number;
  readonly w: number;
  readonly delta: number;
  readonly product: number;
}

/** How a unit's δ is made: at the output from ŷ − y, in a hidden layer from the δs ahead; both times f′(z). */
export type DeltaBreakdown =
  | { readonly kind: 'output'; readonly prediction: number; readonly target: number; readonly error: number; readonly fp: number; readonly delta: number }
  | { readonly kind: 'hidden'; readonly terms: readonly BlameTerm[]; readonly sum: number; readonly fp: number; readonly delta: number };

/**
 * δ of unit `index` of diagram layer `layer` (≥ 1) written out: (ŷ − y)·f′(z) at the output,
 * (Σₖ wₖ·δₖ)·f′(z) in a hidden layer, with the engine's own δ as the result.
 */
export function deltaBreakdown(snapshot: BackwardSnapshot, layer: number, index: number): DeltaBreakdown {
  const sizes = snapshot.sizes;
  const fp = snapshot.fp[layer - 1]![index]!;
  const delta = snapshot.delta[layer - 1]![index]!;
  if (layer === sizes.length - 1) {
    const prediction = snapshot.a[layer - 1]![index]!;
    const target = snapshot.target[index]!;
    return { kind: 'output', prediction, target, error: prediction - target, fp, delta };
  }
  const nIn = sizes[layer]!;
  const ahead = snapshot.delta[layer]!;
  const terms = Array.from(ahead, (d, to) => {
    const w = snapshot.weights[layer]![to * nIn + index]!;
    return { to, w, delta: d, product: w * d };
  });
  return { kind: 'hidden', terms, sum: terms.reduce((s, t) => s + t.product, 0), fp, delta };
}

/** The largest |∂L/∂w| in the network (at least 10⁻¹²), to scale edge widths. */
export function maxAbsGradient(snapshot: BackwardSnapshot): number {
  let m = 1e-12;
  for (const g of snapshot.gradW) for (let k = 0; k < g.length; k++) m = Math.max(m, Math.abs(g[k]!));
  return m;
}

/** The largest |δ| in the network (at least 10⁻¹²), to scale the tint of the neurons. */
export function maxAbsDelta(snapshot: BackwardSnapshot): number {
  let m = 1e-12;
  for (const d of snapshot.delta) for (let k = 0; k < d.length; k++) m = Math.max(m, Math.abs(d[k]!));
  return m;
}
