import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Activation, createNetwork, type LossName, type Network, Rng, type StepOptions } from '@/lib/engine';

function weights(net: Network): number[] {
  return net.layers.flatMap((l) => [...l.W, ...l.b, ...l.vW, ...l.vb]);
}

function randomBatch(net: Network, count: number, loss: LossName, rng: Rng): { xs: number[][]; ys: number[][] } {
  const xs = Array.from({ length: count }, () => Array.from({ length: net.inputSize }, () => rng.uniform(-2, 2)));
  const ys = xs.map(() => {
    if (loss === 'mse') return Array.from({ length: net.outputSize }, () => rng.uniform(-1, 1));
    if (loss === 'bce') return Array.from({ length: net.outputSize }, () => rng.int(2));
    const y = new Array<number>(net.outputSize).fill(0);
    y[rng.int(net.outputSize)] = 1;
    return y;
  });
  return { xs, ys };
}

const CONFIGS: [Activation, Activation, LossName][] = [
  ['tanh', 'linear', 'mse'],
  ['relu', 'softmax', 'softmaxCrossEntropy'],
  ['leakyRelu', 'sigmoid', 'bce'],
  ['sigmoid', 'tanh', 'mse'],
];

describe('dense training paths', () => {
  it('trainBatch equals forward + backward per example + step, bit for bit (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONFIGS),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 3, maxLength: 4 }),
        fc.integer({ min: 1, max: 11 }),
        fc.record({ momentum: fc.constantFrom(0, 0.9), l1: fc.constantFrom(0, 1e-3), l2: fc.constantFrom(0, 1e-2) }),
        fc.nat(),
        ([hidden, output, loss], sizes, batch, reg, seed) => {
          if (loss !== 'mse') sizes[sizes.length - 1] = Math.max(2, sizes.at(-1)!);
          const spec = { sizes, hidden, output, loss, init: 'he' as const, seed };
          const fast = createNetwork(spec);
          const slow = createNetwork(spec);
          const opts: StepOptions = { learningRate: 0.05, ...reg };
          const rng = new Rng(seed);
          for (let step = 0; step < 3; step++) {
            const { xs, ys } = randomBatch(fast, batch, loss, rng);
            const report = fast.trainBatch(xs, ys, opts);
            let lossSum = 0;
            xs.forEach((x, e) => {
              slow.forward(x);
              lossSum += slow.backward(ys[e]!);
            });
            slow.step(opts);
            expect(report.status).toBe('ok');
            expect(report.loss).toBe(lossSum / batch);
            expect(weights(fast)).toEqual(weights(slow));
            fast.layers.forEach((l, i) => {
              expect([...l.z, ...l.a, ...l.delta]).toEqual([...slow.layers[i]!.z, ...slow.layers[i]!.a, ...slow.layers[i]!.delta]);
            });
          }
        },
      ),
      { numRuns: 60, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true },
    );
  }, 30_000);

  it('flat Float64Array batches with start/count train like arrays of rows', () => {
    const spec = { sizes: [3, 5, 2], hidden: 'tanh' as const, loss: 'mse' as const, seed: 9 };
    const a = createNetwork(spec);
    const b = createNetwork(spec);
    const { xs, ys } = randomBatch(a, 12, 'mse', new Rng(1));
    const X = Float64Array.from(xs.flat());
    const Y = Float64Array.from(ys.flat());
    a.trainBatch(xs.slice(5, 11), ys.slice(5, 11), { learningRate: 0.1 });
    b.trainBatch(X, Y, { learningRate: 0.1, start: 5, count: 6 });
    expect(weights(a)).toEqual(weights(b));
  });

  it('step applies SGD, momentum, L1 and L2 exactly as derived by hand', () => {
    // One linear unit y = w·x + b with squared error: ∂L/∂w = (a − y)·x, ∂L/∂b = a − y.
    const net = createNetwork({ sizes: [1, 1], output: 'linear', loss: 'mse', init: 'zeros' });
    const layer = net.layers[0]!;
    layer.W[0] = 0.5;
    layer.b[0] = 0.25;
    net.weightsChanged();
    const lr = 0.1;
    const mu = 0.9;
    const l1 = 0.01;
    const l2 = 0.2;
    // Two examples, mean gradient.
    net.forward([2]);
    net.backward([1]); // a = 1.25, a − y = 0.25 → gW = 0.5, gb = 0.25
    net.forward([-1]);
    net.backward([0]); // a = −0.25, a − y = −0.25 → gW = 0.25, gb = −0.25
    expect(layer.dW[0]).toBe(0.75);
    expect(layer.db[0]).toBe(0);
    net.step({ learningRate: lr, momentum: mu, l1, l2 });
    const g1 = 0.75 / 2 + l2 * 0.5 + l1 * 1;
    const v1 = -lr * g1;
    expect(layer.vW[0]).toBeCloseTo(v1, 15);
    expect(layer.W[0]).toBeCloseTo(0.5 + v1, 15);
    expect(layer.b[0]).toBe(0.25); // bias gradient 0, no regularisation on biases
    // Second step: the velocity carries over.
    const w1 = layer.W[0]!;
    const b1 = layer.b[0]!;
    net.forward([1]);
    net.backward([0]); // a = w1 + b1
    const gW = w1 + b1;
    net.step({ learningRate: lr, momentum: mu, l1, l2 });
    const v2 = mu * v1 - lr * (gW + l2 * w1 + l1 * Math.sign(w1));
    expect(layer.W[0]).toBeCloseTo(w1 + v2, 15);
    expect(layer.vb[0]).toBeCloseTo(-lr * (w1 + b1), 15);
  });

  it('L1 pulls a weight at exactly zero nowhere (sign 0) and momentum 0 clears stale velocities', () => {
    const net = createNetwork({ sizes: [1, 1], loss: 'mse', init: 'zeros' });
    net.forward([0]);
    net.backward([0]);
    net.step({ learningRate: 1, l1: 0.5 });
    expect(net.layers[0]!.W[0]).toBe(0);
    net.forward([1]);
    net.backward([1]);
    net.step({ learningRate: 0.1, momentum: 0.5 });
    expect(net.layers[0]!.vW[0]).not.toBe(0);
    net.forward([1]);
    net.backward([1]);
    net.step({ learningRate: 0.1 });
    expect(net.layers[0]!.vW[0]).toBe(0);
  });

  it('records gradients for drawing: dW after step, rank-one norms after a fused step', () => {
    const net = createNetwork({ sizes: [2, 3, 1], hidden: 'relu', seed: 4, init: 'he' });
    net.forward([1, -2]);
    net.backward([0.5]);
    const before = net.stats();
    const dW = [...net.layers[1]!.dW];
    net.step({ learningRate: 0.1 });
    expect([...net.layers[1]!.dW]).toEqual(dW);
    expect(net.stats().map((s) => s.gradientNormW)).toEqual(before.map((s) => s.gradientNormW));
    const twin = createNetwork({ sizes: [2, 3, 1], hidden: 'relu', seed: 4, init: 'he' });
    twin.trainBatch([[1, -2]], [[0.5]], { learningRate: 0.1 });
    twin.stats().forEach((s, l) => expect(s.gradientNormW).toBeCloseTo(before[l]!.gradientNormW, 12));
  });

  it('lossOf evaluates without touching gradients; predict copies the output', () => {
    const net = createNetwork({ sizes: [2, 3, 2], loss: 'softmaxCrossEntropy', seed: 8 });
    net.forward([0.3, -0.7]);
    const lossFromBackward = net.backward([0, 1]);
    const dW = [...net.layers[0]!.dW];
    expect(net.lossOf([0.3, -0.7], [0, 1])).toBe(lossFromBackward);
    expect([...net.layers[0]!.dW]).toEqual(dW);
    expect(net.gradientCount).toBe(1);
    const p = net.predict([0.3, -0.7]);
    expect(p[0]! + p[1]!).toBeCloseTo(1, 15);
    net.forward([5, 5]);
    expect(p).not.toEqual(Array.from(net.output));
  });

  it('counts dead ReLU units over the last batch', () => {
    const net = createNetwork({ sizes: [1, 2, 1], hidden: 'relu', init: 'zeros' });
    const hidden = net.layers[0]!;
    hidden.W.set([1, -1]);
    net.weightsChanged();
    net.trainBatch([[1], [2]], [[0], [0]], { learningRate: 0 });
    expect(net.stats()[0]!.deadUnits).toBe(1);
    net.trainBatch([[1], [-1]], [[0], [0]], { learningRate: 0 });
    expect(net.stats()[0]!.deadUnits).toBe(0);
    expect(net.stats()[1]!.deadUnits).toBeNull();
  });
});
