import { layerFromArrays, MLP } from '../scalar/mlp';
import type { Trace } from '../scalar/trace';
import type { Network } from './network';

/**
 * A scalar-graph MLP with exactly the dense network's weights, biases and activations,
 * so a lesson can draw the graph of the network being trained, and tests can hold the
 * two implementations to the same values and gradients.
 */
export function toScalarMlp(net: Network, options: { trace?: Trace } = {}): MLP {
  return new MLP(net.layers.map((l) => layerFromArrays(l.index, l.nIn, l.nOut, l.activation, l.W, l.b, net.leakyReluAlpha, options.trace)));
}
