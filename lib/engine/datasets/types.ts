/** One example of a 2-D dataset: coordinates and a label (class 0/1 or a regression target). */
export interface Point {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

/** Two-class sets (labels 0/1 or −1/+1) and regression sets (targets in [−1, 1]). */
export type ClassificationKind = 'circle' | 'xor' | 'gauss' | 'spiral' | 'moons';
export type RegressionKind = 'plane' | 'multigauss';
export type DatasetKind = ClassificationKind | RegressionKind;

/** Every dataset kind. */
export const DATASET_KINDS: readonly DatasetKind[] = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'plane', 'multigauss'];

/** Options of makeDataset. */
export interface DatasetOptions {
  readonly kind: DatasetKind;
  /** Number of points (default 200). */
  readonly n?: number;
  /** Noise level; TensorFlow Playground's slider 0–50 is noise 0–0.5 (default 0). */
  readonly noise?: number;
  readonly seed?: number;
  /** Classification labels as 0/1 (default) or as Playground's −1/+1. */
  readonly labels?: 'zeroOne' | 'plusMinusOne';
}

/** A generated dataset: its kind, its task and the points (shuffled). */
export interface Dataset {
  readonly kind: DatasetKind;
  readonly task: 'classification' | 'regression';
  readonly points: Point[];
}
