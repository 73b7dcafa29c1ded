import type { LabDataset } from '../lab-state';

/** Query parameter names (also accepted as MDX props). */
export const PARAM = {
  preset: 'preset',
  hide: 'ocultar',
  dataset: 'datos',
  noise: 'ruido',
  trainPct: 'entrenamiento',
  batchSize: 'lote',
  features: 'entradas',
  hidden: 'capas',
  activation: 'activacion',
  learningRate: 'tasa',
  regularization: 'reg',
  regRate: 'lambda',
  problem: 'problema',
  init: 'init',
  loss: 'perdida',
  seed: 'semilla',
  stopAt: 'parar',
  weights: 'pesos',
  epoch: 'epoca',
} as const;

/** Spanish names a teacher may type for the datasets. */
export const DATASET_ALIASES: Record<string, LabDataset> = { circulo: 'circle', gaussianas: 'gauss', espiral: 'spiral', plano: 'plane', multigaussiana: 'multigauss' };
export const PROBLEM_WORDS = { clasificacion: 'classification', regresion: 'regression' } as const;
