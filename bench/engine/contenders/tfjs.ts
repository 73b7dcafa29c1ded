import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../../../lib/engine';
import { useMiniBackend } from './tfjs-mini-backend';
import type { Contender } from './types';

/**
 * @tensorflow/tfjs-core 4.22 the idiomatic way: variables, tf.matMul / add / tanh | relu,
 * tf.losses, and tf.train.sgd().minimize() (autodiff through tfjs-core's own gradient
 * definitions). Batches are pre-built tensors. tfjs-core ships no CPU backend and
 * @tensorflow/tfjs-backend-cpu is not installed, so it runs on the bench's minimal
 * 'mini-cpu' backend (see tfjs-mini-backend.ts).
 */
export const tfjsCore: Contender = {
  name: 'tfjs-core 4.22 (mini-cpu)',
  async create(shape, data, batch) {
    await useMiniBackend();
    const rng = new Rng(1);
    const vars: tf.Variable[] = [];
    for (let l = 1; l < shape.sizes.length; l++) {
      const nIn = shape.sizes[l - 1]!;
      const nOut = shape.sizes[l]!;
      const r = Math.sqrt(6 / (nIn + nOut));
      vars.push(tf.variable(tf.tensor2d(Float32Array.from({ length: nIn * nOut }, () => rng.uniform(-r, r)), [nIn, nOut])));
      vars.push(tf.variable(tf.zeros([nOut])));
    }
    const nIn = shape.sizes[0]!;
    const nOut = shape.sizes.at(-1)!;
    const batches = Math.floor(data.rows / batch);
    const xs = Array.from({ length: batches }, (_, k) => tf.tensor2d(Float32Array.from(data.X.subarray(k * batch * nIn, (k + 1) * batch * nIn)), [batch, nIn]));
    const ys = Array.from({ length: batches }, (_, k) => tf.tensor2d(Float32Array.from(data.Y.subarray(k * batch * nOut, (k + 1) * batch * nOut)), [batch, nOut]));
    const optimizer = tf.train.sgd(shape.learningRate);
    const layers = vars.length / 2;
    let k = 0;
    const loss = (): tf.Scalar => {
      let h: tf.Tensor = xs[k]!;
      for (let l = 0; l < layers; l++) {
        h = tf.add(tf.matMul(h, vars[2 * l]!), vars[2 * l + 1]!);
        if (l < layers - 1) h = shape.hidden === 'tanh' ? tf.tanh(h) : tf.relu(h);
      }
      return (shape.loss === 'mse' ? tf.losses.meanSquaredError(ys[k]!, h) : tf.losses.softmaxCrossEntropy(ys[k]!, h)) as tf.Scalar;
    };
    return {
      run(examples) {
        for (let i = 0; i < examples; i += batch) {
          optimizer.minimize(loss, false, vars);
          k = k + 1 === batches ? 0 : k + 1;
        }
      },
    };
  },
};
