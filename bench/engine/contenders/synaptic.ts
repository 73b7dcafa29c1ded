import type { Shape } from '../shapes';
import type { Contender, Trainer } from './types';
import { requireFromProject } from './load';

interface SynLayer {
  set(opts: { squash: unknown }): void;
}
interface SynNet {
  activate(input: number[]): number[];
  propagate(rate: number, target: number[]): void;
  layers: { hidden: SynLayer[]; output: SynLayer };
}
interface Synaptic {
  Architect: { Perceptron: new (...sizes: number[]) => SynNet };
  Neuron: { squash: { TANH: unknown; RELU: unknown; IDENTITY: unknown; LOGISTIC: unknown } };
}
const synaptic = requireFromProject('synaptic') as Synaptic;

const cache = new Map<string, Trainer>();

/**
 * synaptic 1.1.4 Architect.Perceptron in its optimised mode: on first use it compiles the
 * whole network into straight-line JavaScript with `new Function` (what the platform's CSP
 * forbids). Online training only; the 784-input output uses logistic units (no softmax).
 * The compiled network is built once per shape and reused for both batch sizes.
 */
export const synapticCompiled: Contender = {
  name: 'synaptic 1.1.4 (compiled)',
  online: true,
  note: (shape: Shape) => (shape.output === 'softmax' ? 'logistic outputs, no softmax' : undefined),
  create(shape, data) {
    const known = cache.get(shape.id);
    if (known) return known;
    const net = new synaptic.Architect.Perceptron(...shape.sizes);
    const sq = synaptic.Neuron.squash;
    for (const layer of net.layers.hidden) layer.set({ squash: shape.hidden === 'tanh' ? sq.TANH : sq.RELU });
    net.layers.output.set({ squash: shape.output === 'softmax' ? sq.LOGISTIC : sq.IDENTITY });
    const nIn = shape.sizes[0]!;
    const nOut = shape.sizes.at(-1)!;
    const xs = Array.from({ length: data.rows }, (_, r) => Array.from(data.X.subarray(r * nIn, (r + 1) * nIn)));
    const ys = Array.from({ length: data.rows }, (_, r) => Array.from(data.Y.subarray(r * nOut, (r + 1) * nOut)));
    let row = 0;
    const trainer: Trainer = {
      run(examples) {
        for (let k = 0; k < examples; k++) {
          net.activate(xs[row]!);
          net.propagate(shape.learningRate, ys[row]!);
          row = row + 1 === data.rows ? 0 : row + 1;
        }
      },
    };
    cache.set(shape.id, trainer);
    return trainer;
  },
};
