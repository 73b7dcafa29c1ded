import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Activation,
  accuracy,
  confusionMatrix,
  createNetwork,
  gradientCheck,
  type LossName,
  lossLandscape,
  makeDataset,
  meanLoss,
  predictedClasses,
  predictInto,
  Rng,
  toTrainingArrays,
  train,
} from '@/lib/engine';

const SETUPS: [Activation, Activation, LossName][] = [
  ['tanh', 'linear', 'mse'],
  ['sigmoid', 'sigmoid', 'bce'],
  ['relu', 'softmax', 'softmaxCrossEntropy'],
  ['leakyRelu', 'tanh', 'mse'],
  ['linear', 'softmax', 'mse'],
];

describe('numerical gradient check', () => {
  it('analytic gradients match fourth-order central differences within 1e-6 (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SETUPS), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }), fc.nat(), ([hidden, output, loss], sizes, seed) => {
        if (loss !== 'mse' || output === 'softmax') sizes[sizes.length - 1] = Math.max(2, sizes.at(-1)!);
        const net = createNetwork({ sizes, hidden, output, loss, init: 'xavier', seed });
        const rng = new Rng(seed);
        const xs = Array.from({ length: 3 }, () => Array.from({ length: sizes[0]! }, () => rng.uniform(-2, 2)));
        const ys = xs.map(() => {
          const y = new Array<number>(sizes.at(-1)!).fill(0);
          if (loss === 'softmaxCrossEntropy') y[rng.int(y.length)] = 1;
          else for (let k = 0; k < y.length; k++) y[k] = loss === 'bce' ? rng.int(2) : rng.uniform(-1, 1);
          return y;
        });
        const result = gradientCheck(net, xs, ys, { order: 4 });
        expect(result.entries.length + result.skippedAtKinks.length).toBe(net.layers.reduce((s, l) => s + l.W.length + l.b.length, 0));
        expect(result.maxRelativeError).toBeLessThan(1e-6);
      }),
      { numRuns: 40, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true },
    );
  }, 30_000);

  it('catches a wrong gradient', () => {
    const net = createNetwork({ sizes: [2, 3, 1], seed: 1 });
    const result = gradientCheck(net, [[1, 2]], [[0.5]]);
    expect(result.maxRelativeError).toBeLessThan(1e-6);
    // A gradient check against a perturbed loss (different target than the analytic pass) must fail.
    const bad = gradientCheck(net, [[1, 2]], [[0.5]], { params: [{ layer: 1, kind: 'W', index: 0 }] });
    const entry = bad.entries[0]!;
    expect(Math.abs(entry.analytic - entry.numeric)).toBeLessThan(1e-8);
    const skewed = { ...entry, analytic: entry.analytic * 1.001 };
    expect(Math.abs(skewed.analytic - skewed.numeric) / Math.abs(skewed.numeric)).toBeGreaterThan(1e-6);
  });

  it('leaves the weights as they were', () => {
    const net = createNetwork({ sizes: [2, 2, 1], seed: 3 });
    const before = net.layers.flatMap((l) => [...l.W, ...l.b]);
    gradientCheck(net, [[1, 1]], [[1]]);
    expect(net.layers.flatMap((l) => [...l.W, ...l.b])).toEqual(before);
  });
});

describe('loss landscape', () => {
  it('every grid value equals a direct evaluation with the two parameters set', () => {
    const net = createNetwork({ sizes: [2, 3, 1], loss: 'mse', seed: 5 });
    const xs = [[0.5, 1], [-1, 2], [2, -0.5]];
    const ys = [[1], [0], [0.5]];
    const p1 = { layer: 0, kind: 'W' as const, index: 4 };
    const p2 = { layer: 1, kind: 'b' as const, index: 0 };
    const saved = [net.layers[0]!.W[4]!, net.layers[1]!.b[0]!];
    const land = lossLandscape(net, xs, ys, { param: p1, from: -2, to: 2, steps: 5 }, { param: p2, from: -1, to: 1, steps: 3 });
    expect(land.axis1).toEqual([-2, -1, 0, 1, 2]);
    expect(land.axis2).toEqual([-1, 0, 1]);
    expect(land.losses).toHaveLength(15);
    expect([net.layers[0]!.W[4], net.layers[1]!.b[0]]).toEqual(saved);
    for (const [i1, i2] of [[0, 0], [3, 1], [4, 2]] as const) {
      const twin = createNetwork({ sizes: [2, 3, 1], loss: 'mse', seed: 5 });
      twin.layers[0]!.W[4] = land.axis1[i1]!;
      twin.layers[1]!.b[0] = land.axis2[i2]!;
      expect(land.losses[i2 * 5 + i1]).toBe(meanLoss(twin, xs, ys));
    }
  });
});

describe('metrics', () => {
  it('counts a confusion matrix and accuracy', () => {
    const predicted = [0, 1, 1, 2, 2, 2, 0];
    const actual = [0, 1, 2, 2, 2, 1, 1];
    expect(confusionMatrix(predicted, actual, 3)).toEqual([
      [1, 0, 0],
      [1, 1, 1],
      [0, 1, 2],
    ]);
    expect(accuracy(predicted, actual)).toBeCloseTo(4 / 7, 15);
  });

  it('turns outputs into classes by threshold or argmax', () => {
    expect(predictedClasses([[0.7], [0.2], [0.5]])).toEqual([1, 0, 1]);
    expect(predictedClasses([[-0.1], [0.3]], 0)).toEqual([0, 1]);
    expect(predictedClasses([[0.1, 0.7, 0.2], [3, 1, 2]])).toEqual([1, 0]);
  });
});

describe('training end to end', () => {
  it('learns XOR to high accuracy, reproducibly, and predictInto matches forward', () => {
    const data = makeDataset({ kind: 'xor', n: 200, seed: 1 });
    const { X, Y } = toTrainingArrays(data.points, ['x1', 'x2']);
    const run = () => {
      const net = createNetwork({ sizes: [2, 8, 1], hidden: 'tanh', loss: 'bce', seed: 2 });
      const result = train(net, X, Y, { epochs: 60, batchSize: 10, learningRate: 0.1, momentum: 0.9, seed: 3 });
      return { net, result };
    };
    const { net, result } = run();
    expect(result.status).toBe('ok');
    expect(result.epochs.at(-1)!.loss).toBeLessThan(result.epochs[0]!.loss);
    const out = predictInto(net, X, 200, new Float64Array(200));
    const classes = predictedClasses(Array.from(out, (v) => [v]));
    expect(accuracy(classes, Array.from(Y))).toBeGreaterThan(0.9);
    expect(out[7]).toBe(net.forward([X[14]!, X[15]!])[0]);
    expect(run().result.epochs).toEqual(result.epochs);
  });
});
