import { createMlp, scalarLoss, topologicalOrder } from '../../../lib/engine';
import type { Shape } from '../shapes';
import type { Contender } from './types';

/**
 * This engine's scalar autograd graph (Value, micrograd's shape) on the same network:
 * per example it builds the graph, runs backward and updates each parameter. It is what
 * the lessons animate, so its speed says how large a graph they can redraw per frame.
 */
export const scalarGraph: Contender = {
  name: 'engine scalar Value graph',
  online: true,
  create(shape, data) {
    const layers = shape.sizes.length - 1;
    const activations = Array.from({ length: layers }, (_, l) => (l === layers - 1 ? shape.output : shape.hidden));
    const mlp = createMlp({ sizes: shape.sizes, activations, init: 'xavier', seed: 1 });
    const params = mlp.parameters();
    const nIn = shape.sizes[0]!;
    const nOut = shape.sizes.at(-1)!;
    const xs = Array.from({ length: data.rows }, (_, r) => Array.from(data.X.subarray(r * nIn, (r + 1) * nIn)));
    const ys = Array.from({ length: data.rows }, (_, r) => Array.from(data.Y.subarray(r * nOut, (r + 1) * nOut)));
    let row = 0;
    return {
      run(examples) {
        for (let k = 0; k < examples; k++) {
          const loss = scalarLoss(shape.loss, mlp.forward(xs[row]!), ys[row]!);
          loss.backward();
          for (const p of params) p.data -= shape.learningRate * p.grad;
          row = row + 1 === data.rows ? 0 : row + 1;
        }
      },
    };
  },
};

/** Nodes in the graph of one training example (inputs, parameters, ops, loss). */
export function graphSize(shape: Shape): number {
  const layers = shape.sizes.length - 1;
  const activations = Array.from({ length: layers }, (_, l) => (l === layers - 1 ? shape.output : shape.hidden));
  const mlp = createMlp({ sizes: shape.sizes, activations });
  const x = new Array<number>(shape.sizes[0]!).fill(0.5);
  const y = new Array<number>(shape.sizes.at(-1)!).fill(0);
  return topologicalOrder(scalarLoss(shape.loss, mlp.forward(x), y)).length;
}
