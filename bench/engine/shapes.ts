import { makeDataset, Rng, toTrainingArrays } from '../../lib/engine';

/** A network every contender trains: sizes, activations and loss. */
export interface Shape {
  readonly id: string;
  readonly sizes: readonly number[];
  readonly hidden: 'tanh' | 'relu';
  readonly output: 'linear' | 'softmax';
  readonly loss: 'mse' | 'softmaxCrossEntropy';
  readonly learningRate: number;
}

export const SHAPES: readonly Shape[] = [
  { id: '2-8-8-1 tanh', sizes: [2, 8, 8, 1], hidden: 'tanh', output: 'linear', loss: 'mse', learningRate: 0.01 },
  { id: '2-16-16-16-1 tanh', sizes: [2, 16, 16, 16, 1], hidden: 'tanh', output: 'linear', loss: 'mse', learningRate: 0.01 },
  { id: '784-128-10 ReLU', sizes: [784, 128, 10], hidden: 'relu', output: 'softmax', loss: 'softmaxCrossEntropy', learningRate: 0.01 },
];

/** The same examples for every contender: flat row-major X (rows × inputs), Y (rows × outputs), class labels. */
export interface BenchData {
  readonly rows: number;
  readonly X: Float64Array;
  readonly Y: Float64Array;
  readonly labels: Int32Array;
}

/**
 * 2-input shapes: 1024 points of Playground's circle (noise 0.1) with targets ±1.
 * 784-input shape: 1024 MNIST-sized vectors, uniform on [0, 1), one-hot over 10 classes.
 */
export function makeData(shape: Shape): BenchData {
  const rows = 1024;
  const nIn = shape.sizes[0]!;
  const nOut = shape.sizes.at(-1)!;
  if (nIn === 2) {
    const { X, Y } = toTrainingArrays(makeDataset({ kind: 'circle', n: rows, noise: 0.1, seed: 1 }).points);
    const labels = Int32Array.from(Y);
    return { rows, X, Y: Y.map((y) => 2 * y - 1), labels };
  }
  const rng = new Rng(1);
  const X = new Float64Array(rows * nIn).map(() => rng.next());
  const Y = new Float64Array(rows * nOut);
  const labels = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    labels[r] = rng.int(nOut);
    Y[r * nOut + labels[r]!] = 1;
  }
  return { rows, X, Y, labels };
}
