import { featureValue, makeDataset, splitTrainTest, type Feature, type Point } from '@/lib/engine';
import { POINTS, type LabSettings } from './lab-state';

/** Half-width of the square every dataset lives in, Playground's [−6, 6]². */
export const DOMAIN = 6;

export interface LabData {
  train: Point[];
  test: Point[];
  /** Flat rows × features, and targets in the network's label convention. */
  trainX: Float64Array;
  trainY: Float64Array;
  testX: Float64Array;
  testY: Float64Array;
}

/** Target the network is trained on: ±1 for Playground-style classification, 0/1 for cross-entropy, the value for regression. */
export function targetOf(s: LabSettings, y: number): number {
  if (s.problem === 'regression') return y;
  return s.loss === 'bce' ? y : 2 * y - 1;
}

function toArrays(points: readonly Point[], features: readonly Feature[], s: LabSettings): { X: Float64Array; Y: Float64Array } {
  const X = new Float64Array(points.length * features.length);
  const Y = new Float64Array(points.length);
  points.forEach((p, r) => {
    features.forEach((f, c) => (X[r * features.length + c] = featureValue(f, p.x1, p.x2)));
    Y[r] = targetOf(s, p.y);
  });
  return { X, Y };
}

/** The seeded dataset of the settings, split into train and test and turned into features. */
export function buildData(s: LabSettings): LabData {
  const dataset = makeDataset({ kind: s.dataset, n: POINTS, noise: s.noise / 100, seed: s.seed });
  const { train, test } = splitTrainTest(dataset.points, { testFraction: 1 - s.trainPct / 100, seed: s.seed });
  const a = toArrays(train, s.features, s);
  const b = toArrays(test, s.features, s);
  return { train, test, trainX: a.X, trainY: a.Y, testX: b.X, testY: b.Y };
}

/** Feature rows for an n × n grid over the domain, row 0 at the top (x₂ = +6). */
export function gridInputs(features: readonly Feature[], n: number): Float64Array {
  const X = new Float64Array(n * n * features.length);
  for (let r = 0; r < n; r++) {
    const x2 = DOMAIN - ((r + 0.5) / n) * 2 * DOMAIN;
    for (let c = 0; c < n; c++) {
      const x1 = -DOMAIN + ((c + 0.5) / n) * 2 * DOMAIN;
      const row = (r * n + c) * features.length;
      features.forEach((f, k) => (X[row + k] = featureValue(f, x1, x2)));
    }
  }
  return X;
}
