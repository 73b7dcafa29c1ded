import type { Contender } from './types';
import { requireFromProject } from './load';

interface Vol {
  w: Float64Array;
}
interface ConvNet {
  Net: new () => { makeLayers(defs: Record<string, unknown>[]): void };
  Vol: new (sx: number, sy: number, depth: number, c: number) => Vol;
  Trainer: new (net: unknown, opts: Record<string, unknown>) => { train(x: Vol, y: number | number[]): unknown };
}
const convnetjs = requireFromProject('convnetjs') as ConvNet;

/**
 * convnetjs 0.3.0 (Karpathy): fc layers, a 'regression' (squared error, linear) or
 * 'softmax' output, SGD trainer with batch_size = the batch, momentum 0, no decay.
 */
export const convnet: Contender = {
  name: 'convnetjs 0.3.0',
  create(shape, data, batch) {
    const nIn = shape.sizes[0]!;
    const nOut = shape.sizes.at(-1)!;
    const defs: Record<string, unknown>[] = [{ type: 'input', out_sx: 1, out_sy: 1, out_depth: nIn }];
    for (const n of shape.sizes.slice(1, -1)) defs.push({ type: 'fc', num_neurons: n, activation: shape.hidden });
    defs.push(shape.output === 'softmax' ? { type: 'softmax', num_classes: nOut } : { type: 'regression', num_neurons: nOut });
    const net = new convnetjs.Net();
    net.makeLayers(defs);
    const trainer = new convnetjs.Trainer(net, { method: 'sgd', learning_rate: shape.learningRate, momentum: 0, batch_size: batch, l2_decay: 0 });
    const vols = Array.from({ length: data.rows }, (_, r) => {
      const v = new convnetjs.Vol(1, 1, nIn, 0);
      v.w.set(data.X.subarray(r * nIn, (r + 1) * nIn));
      return v;
    });
    const targets = Array.from({ length: data.rows }, (_, r) => (shape.output === 'softmax' ? data.labels[r]! : Array.from(data.Y.subarray(r * nOut, (r + 1) * nOut))));
    let row = 0;
    return {
      run(examples) {
        for (let k = 0; k < examples; k++) {
          trainer.train(vols[row]!, targets[row]!);
          row = row + 1 === data.rows ? 0 : row + 1;
        }
      },
    };
  },
};
