import type { Feature } from '@/lib/engine';

/** Datasets offered by the lab, by the engine's kind names. */
export const LAB_DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'plane', 'multigauss'] as const;
export type LabDataset = (typeof LAB_DATASETS)[number];

export const DATASET_LABELS: Record<LabDataset, string> = {
  circle: 'Círculo',
  xor: 'XOR',
  gauss: 'Dos gaussianas',
  spiral: 'Espiral',
  plane: 'Plano (regresión)',
  multigauss: 'Varias gaussianas (regresión)',
};

export const REGRESSION_DATASETS: readonly LabDataset[] = ['plane', 'multigauss'];

export const LAB_FEATURES: readonly Feature[] = ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2'];
export const FEATURE_LABELS: Record<Feature, string> = {
  x1: 'x₁',
  x2: 'x₂',
  x1Squared: 'x₁²',
  x2Squared: 'x₂²',
  x1x2: 'x₁x₂',
  sinX1: 'sin x₁',
  sinX2: 'sin x₂',
};

export const LAB_ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear'] as const;
export type LabActivation = (typeof LAB_ACTIVATIONS)[number];
export const ACTIVATION_LABELS: Record<LabActivation, string> = { relu: 'ReLU', tanh: 'tanh', sigmoid: 'sigmoide', linear: 'lineal' };

/** TensorFlow Playground's learning-rate choices, widened to 0.00001. */
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
export const REG_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;

export const LAB_REGULARIZATIONS = ['none', 'l1', 'l2'] as const;
export type LabRegularization = (typeof LAB_REGULARIZATIONS)[number];

export const LAB_INITS = ['uniform', 'xavier', 'he', 'zeros'] as const;
export type LabInit = (typeof LAB_INITS)[number];
export const INIT_LABELS: Record<LabInit, string> = { uniform: 'Uniforme ±0,5', xavier: 'Xavier', he: 'He', zeros: 'Ceros' };

/** 'mse' is Playground's (labels ±1, tanh output); 'bce' is cross-entropy (labels 0/1, sigmoid output). */
export const LAB_LOSSES = ['mse', 'bce'] as const;
export type LabLoss = (typeof LAB_LOSSES)[number];

export type LabProblem = 'classification' | 'regression';

export const LIMITS = {
  maxLayers: 6,
  maxNeurons: 8,
  minNoise: 0,
  maxNoise: 50,
  minTrainPct: 10,
  maxTrainPct: 90,
  minBatch: 1,
  maxBatch: 30,
  maxSeed: 999_999,
  /** Largest «Parar en la época»: beyond it the stop would never be reached in a lesson. */
  maxStopEpoch: 100_000,
} as const;

/** Every setting of the lab; together with the seed it reproduces data and starting weights. */
export interface LabSettings {
  dataset: LabDataset;
  /** Percent, 0–50 (engine noise = noise / 100). */
  noise: number;
  /** Percent of the points used for training, 10–90. */
  trainPct: number;
  batchSize: number;
  features: Feature[];
  hidden: number[];
  activation: LabActivation;
  learningRate: number;
  regularization: LabRegularization;
  regRate: number;
  problem: LabProblem;
  init: LabInit;
  loss: LabLoss;
  seed: number;
  /** «Parar en la época»: training pauses by itself when the epoch reaches it; null = never. */
  stopAt: number | null;
}

export const DEFAULT_SETTINGS: LabSettings = {
  dataset: 'circle',
  noise: 0,
  trainPct: 50,
  batchSize: 10,
  features: ['x1', 'x2'],
  hidden: [4, 2],
  activation: 'tanh',
  learningRate: 0.03,
  regularization: 'none',
  regRate: 0,
  problem: 'classification',
  init: 'uniform',
  loss: 'mse',
  seed: 1,
  stopAt: null,
};

/** Points generated per dataset (Playground uses 500). */
export const POINTS = 500;

/** Weights and epoch carried by a "full state" link. */
export interface LabSnapshot {
  weights: Float32Array;
  epoch: number;
}

/** Panels a lesson or an instructor link can hide with ocultar="…". */
export const HIDEABLE = ['datos', 'caracteristicas', 'capas', 'activacion', 'tasa', 'regularizacion', 'problema', 'inicializacion', 'fases', 'gradientes', 'paisaje', 'numeros', 'compartir'] as const;
export type Hideable = (typeof HIDEABLE)[number];

/** The lab as a link describes it: settings, optional trained weights, hidden panels, and notices for what was fixed. */
export interface LabConfig {
  settings: LabSettings;
  snapshot: LabSnapshot | null;
  hidden: Hideable[];
  preset: string | null;
  notices: string[];
}

export function cloneSettings(s: LabSettings): LabSettings {
  return { ...s, features: [...s.features], hidden: [...s.hidden] };
}

/** Layer sizes, input first, for the engine. */
export function layerSizes(s: LabSettings): number[] {
  return [s.features.length, ...s.hidden, 1];
}

/** Number of weights and biases of the network the settings describe. */
export function parameterCount(s: LabSettings): number {
  const sizes = layerSizes(s);
  let n = 0;
  for (let l = 1; l < sizes.length; l++) n += sizes[l]! * (sizes[l - 1]! + 1);
  return n;
}
