import { createNetwork, createStepReport } from '../../../lib/engine';
import type { Contender } from './types';

/** This engine: Network.trainBatch on flat Float64Arrays with a reused report (allocation-free). */
export const engine: Contender = {
  name: 'engine (lib/engine)',
  create(shape, data, batch) {
    const net = createNetwork({ sizes: shape.sizes, hidden: shape.hidden, output: shape.output, loss: shape.loss, init: shape.hidden === 'relu' ? 'he' : 'xavier', seed: 1 });
    const report = createStepReport();
    const range = { learningRate: shape.learningRate, start: 0, count: batch };
    return {
      run(examples) {
        for (let k = 0; k < examples; k += batch) {
          net.trainBatch(data.X, data.Y, range, report);
          range.start += batch;
          if (range.start + batch > data.rows) range.start = 0;
        }
      },
    };
  },
};
