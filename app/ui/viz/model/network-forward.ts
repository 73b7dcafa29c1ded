import { createNetwork, type Activation, type Network } from '@/lib/engine';

export type DiagramActivation = 'tanh' | 'sigmoid' | 'relu' | 'linear';

export const DIAGRAM_ACTIVATIONS: readonly DiagramActivation[] = ['tanh', 'sigmoid', 'relu', 'linear'];

/**
 * A network as drawn: sizes (input first), weights and biases copied from the engine,
 * and, once a forward pass ran, every layer's z = W·a_prev + b and a = f(z).
 */
export interface NetworkSnapshot {
  readonly sizes: readonly number[];
  readonly activation: DiagramActivation;
  readonly inputs: Float64Array;
  /** weights[l][j·nIn + i] joins unit i of layer l to unit j of layer l + 1. */
  readonly weights: readonly Float64Array[];
  readonly biases: readonly Float64Array[];
  readonly z: readonly Float64Array[];
  readonly a: readonly Float64Array[];
}

/** The engine's dense network with every layer using `activation`, weights seeded by `seed` (Xavier), biases 0. */
export function buildNetwork(sizes: readonly number[], activation: DiagramActivation, seed: number): Network {
  const activations: Activation[] = sizes.slice(1).map(() => activation);
  return createNetwork({ sizes, activations, seed, init: 'xavier', loss: 'mse' });
}

/** Runs the engine's forward pass on `inputs` and copies what the diagram shows. */
export function forwardSnapshot(net: Network, activation: DiagramActivation, inputs: readonly number[]): NetworkSnapshot {
  net.forward(inputs);
  return {
    sizes: net.sizes,
    activation,
    inputs: Float64Array.from(inputs),
    weights: net.layers.map((layer) => Float64Array.from(layer.W)),
    biases: net.layers.map((layer) => Float64Array.from(layer.b)),
    z: net.layers.map((layer) => Float64Array.from(layer.z)),
    a: net.layers.map((layer) => Float64Array.from(layer.a)),
  };
}

/** The largest |w| in the network (at least 10⁻⁹), to scale edge widths. */
export function maxAbsWeight(snapshot: NetworkSnapshot): number {
  let m = 1e-9;
  for (const w of snapshot.weights) for (let k = 0; k < w.length; k++) m = Math.max(m, Math.abs(w[k]!));
  return m;
}

/** How the course names each activation. */
export const ACTIVATION_NAMES: Readonly<Record<DiagramActivation, string>> = { sigmoid: 'sigmoide', tanh: 'tanh', relu: 'ReLU', linear: 'lineal' };
