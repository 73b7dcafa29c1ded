import type { Contender } from './types';
import { requireFromProject } from './load';

interface BrainNet {
  train(data: { input: Float32Array; output: Float32Array }[], opts: Record<string, unknown>): unknown;
  trainPattern(value: { input: Float32Array; output: Float32Array }): unknown;
  trainOpts: { learningRate: number; momentum: number };
}
const brain = requireFromProject('brain.js') as { NeuralNetwork: new (opts: Record<string, unknown>) => BrainNet };

/**
 * brain.js 1.6.1 NeuralNetwork. It updates after every example (no mini-batches) and
 * applies one activation to every layer, output included (no linear or softmax output).
 * We call its per-example trainPattern directly, skipping train()'s data formatting and
 * periodic error checks, and set momentum to 0 like the others.
 */
export const brainJs: Contender = {
  name: 'brain.js 1.6.1',
  online: true,
  note: (shape) => (shape.hidden === 'relu' ? 'relu on every layer, no softmax' : 'tanh output layer'),
  create(shape, data) {
    const net = new brain.NeuralNetwork({ hiddenLayers: shape.sizes.slice(1, -1), activation: shape.hidden });
    const nIn = shape.sizes[0]!;
    const nOut = shape.sizes.at(-1)!;
    const examples = Array.from({ length: data.rows }, (_, r) => ({
      input: Float32Array.from(data.X.subarray(r * nIn, (r + 1) * nIn)),
      output: Float32Array.from(data.Y.subarray(r * nOut, (r + 1) * nOut)),
    }));
    net.train(examples.slice(0, 1), { iterations: 1, learningRate: shape.learningRate, momentum: 0.1 });
    net.trainOpts.momentum = 0;
    net.trainOpts.learningRate = shape.learningRate;
    let row = 0;
    return {
      run(count) {
        for (let k = 0; k < count; k++) {
          net.trainPattern(examples[row]!);
          row = row + 1 === data.rows ? 0 : row + 1;
        }
      },
    };
  },
};
