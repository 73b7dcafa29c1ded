import fc from 'fast-check';
import { describe, it } from 'vitest';
import { type Activation, createNetwork, type LossName, Rng, scalarLoss, toScalarMlp } from '@/lib/engine';
import { expectAllClose } from './helpers';

const HIDDEN: Activation[] = ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu'];
const OUTPUTS: [Activation, LossName][] = [
  ['linear', 'mse'],
  ['sigmoid', 'mse'],
  ['tanh', 'mse'],
  ['relu', 'mse'],
  ['leakyRelu', 'mse'],
  ['softmax', 'mse'],
  ['sigmoid', 'bce'],
  ['softmax', 'softmaxCrossEntropy'],
];

/** Targets that suit the loss: real values for mse, 0/1 for bce, one-hot for cross-entropy. */
function targets(loss: LossName, n: number, rng: Rng): number[] {
  if (loss === 'mse') return Array.from({ length: n }, () => rng.uniform(-1, 1));
  if (loss === 'bce') return Array.from({ length: n }, () => rng.int(2));
  const y = new Array<number>(n).fill(0);
  y[rng.int(n)] = 1;
  return y;
}

/**
 * Squared error through elementwise outputs follows the same operations in the same order
 * in both implementations, so they agree bit for bit. Softmax and binary cross-entropy
 * use the simplified ∂L/∂z = a − y (or the softmax Jacobian product) in the dense path, so
 * there the bar is a relative difference of 1e-12, and entries below 1e-2 are compared
 * absolutely to 1e-14: they come out of cancellations between O(1) terms, where rounding
 * noise of that size is all either implementation can promise.
 */
const FLOOR = 1e-2;

function tolerance(output: Activation, loss: LossName): number {
  return loss === 'mse' && output !== 'softmax' ? 0 : 1e-12;
}

describe('dense network and scalar graph agree (property)', () => {
  for (const hidden of HIDDEN) {
    for (const [output, loss] of OUTPUTS) {
      const TOL = tolerance(output, loss);
      it(`hidden ${hidden}, output ${output}, loss ${loss}: ${TOL === 0 ? 'identical' : 'matching'} z, a, loss and gradients`, () => {
        fc.assert(
          fc.property(
            fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 4 }),
            fc.integer({ min: 0, max: 2 ** 31 }),
            fc.constantFrom('uniform', 'xavier', 'he', 'zeros' as const),
            (sizes, seed, init) => {
              if (output === 'softmax' || loss !== 'mse') sizes[sizes.length - 1] = Math.max(2, sizes.at(-1)!);
              const layers = sizes.length - 1;
              const activations = Array.from({ length: layers }, (_, l) => (l === layers - 1 ? output : hidden));
              const net = createNetwork({ sizes, activations, loss, init, seed });
              const rng = new Rng(seed + 1);
              for (const layer of net.layers) for (let j = 0; j < layer.nOut; j++) layer.b[j] = rng.uniform(-0.5, 0.5);
              net.weightsChanged();
              const x = Array.from({ length: sizes[0]! }, () => rng.uniform(-3, 3));
              const y = targets(loss, sizes.at(-1)!, rng);

              net.forward(x);
              const denseLoss = net.backward(y);

              const mlp = toScalarMlp(net);
              const stages = mlp.forwardLayers(x);
              const L = scalarLoss(loss, stages.at(-1)!.a, y);
              L.backward();

              expectAllClose([denseLoss], [L.data], TOL, 'loss');
              net.layers.forEach((layer, l) => {
                const stage = stages[l]!;
                expectAllClose(layer.z, stage.z.map((v) => v.data), TOL, `z${l}`);
                expectAllClose(layer.a, stage.a.map((v) => v.data), TOL, `a${l}`);
                const neurons = mlp.layers[l]!.neurons;
                const gw = neurons.flatMap((n) => n.w.map((w) => w.grad));
                const gb = neurons.map((n) => n.b.grad);
                expectAllClose(layer.dW, gw, TOL, `dW${l}`, FLOOR);
                expectAllClose(layer.db, gb, TOL, `db${l}`, FLOOR);
                expectAllClose(layer.delta, stage.z.map((v) => v.grad), TOL, `delta${l}`, FLOOR);
              });
            },
          ),
          { numRuns: 12, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true },
        );
      }, 30_000);
    }
  }
});
