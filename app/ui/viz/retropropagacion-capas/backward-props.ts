import { createNetwork, type Network } from '@/lib/engine';
import type { DiagramActivation } from '../model/network-forward';
import { choiceProp, numberListProp, seedProp } from '../model/props';

export interface BackwardProps {
  capas?: string;
  semilla?: string;
  activacion?: string;
  entrada?: string;
  objetivo?: string;
  pesos?: string;
}

export interface BackwardConfig {
  readonly sizes: number[];
  readonly activation: DiagramActivation;
  readonly seed: number;
  readonly inputs: number[];
  readonly target: number[];
  /** Every weight, layer by layer in the engine's order (W[j·nIn + i]), or null for the seeded ones. */
  readonly weights: number[] | null;
}

const DEFAULT_SIZES = [2, 3, 2, 1];
const ACTIVATIONS: readonly DiagramActivation[] = ['sigmoid', 'tanh', 'relu'];

/** How many weights a network of these sizes has. */
export function weightCount(sizes: readonly number[]): number {
  return sizes.slice(1).reduce((total, n, l) => total + n * sizes[l]!, 0);
}

/**
 * Reads RetropropagacionCapas' text props: capas "2 3 2 1" (2 to 5 layers of 1 to 6 units),
 * semilla, activacion sigmoid | tanh | relu, entrada (one number per input in [−10, 10]),
 * objetivo (one per output in [−10, 10], default 1) and pesos (all weights, else seeded).
 * Anything unreadable falls back to its default.
 */
export function parseBackwardProps(props: BackwardProps): BackwardConfig {
  const sizes = numberListProp(props.capas, DEFAULT_SIZES, { minLength: 2, maxLength: 5, min: 1, max: 6, integer: true });
  const nIn = sizes[0]!;
  const nOut = sizes[sizes.length - 1]!;
  const fallbackInputs = Array.from({ length: nIn }, (_, i) => (i % 2 === 0 ? 0.5 : -1));
  const count = weightCount(sizes);
  const weights = numberListProp(props.pesos, [], { minLength: count, maxLength: count, min: -10, max: 10 });
  return {
    sizes,
    activation: choiceProp(props.activacion, ACTIVATIONS, 'sigmoid'),
    seed: seedProp(props.semilla, 5),
    inputs: numberListProp(props.entrada, fallbackInputs, { minLength: nIn, maxLength: nIn, min: -10, max: 10 }),
    target: numberListProp(props.objetivo, Array(nOut).fill(1), { minLength: nOut, maxLength: nOut, min: -10, max: 10 }),
    weights: weights.length === count ? weights : null,
  };
}

/**
 * The engine's network for a config: Xavier weights from the seed, or the given ones; biases 0.
 * Hidden layers use the chosen activation; a ReLU network gets a linear output, because a
 * ReLU output with z < 0 has slope 0 and would stop the whole backward pass at the first step.
 */
export function networkFor(config: BackwardConfig): Network {
  const last = config.sizes.length - 2;
  const output = config.activation === 'relu' ? 'linear' : config.activation;
  const activations = config.sizes.slice(1).map((_, l) => (l === last ? output : config.activation));
  const net = createNetwork({ sizes: config.sizes, activations, seed: config.seed, init: 'xavier', loss: 'mse' });
  if (config.weights) {
    let offset = 0;
    for (const layer of net.layers) {
      layer.W.set(config.weights.slice(offset, offset + layer.W.length));
      offset += layer.W.length;
    }
    net.weightsChanged();
  }
  return net;
}
