import { EngineError } from '../errors';
import { sin } from '../math/trig';
import type { Point } from './types';

/** Playground's input features. */
export type Feature = 'x1' | 'x2' | 'x1Squared' | 'x2Squared' | 'x1x2' | 'sinX1' | 'sinX2';

/** Every feature name, in Playground's order. */
export const FEATURES: readonly Feature[] = ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2'];

/** The value of one feature at a point: x1, x2, x1², x2², x1·x2, sin x1, sin x2. */
export function featureValue(feature: Feature, x1: number, x2: number): number {
  switch (feature) {
    case 'x1':
      return x1;
    case 'x2':
      return x2;
    case 'x1Squared':
      return x1 * x1;
    case 'x2Squared':
      return x2 * x2;
    case 'x1x2':
      return x1 * x2;
    case 'sinX1':
      return sin(x1);
    case 'sinX2':
      return sin(x2);
  }
}

function checkFeatures(features: readonly Feature[]): void {
  if (features.length === 0) throw new EngineError('EMPTY_LAYER', 'at least one feature must be selected');
  features.forEach((f, i) => {
    if (!(FEATURES as readonly string[]).includes(f)) throw new EngineError('INVALID_OPTION', `features[${i}] is ${JSON.stringify(f)}; expected one of ${FEATURES.join(', ')}`);
  });
}

/** Each point's selected features, in the order given (default x1, x2). */
export function featureTransform(points: readonly Point[], features: readonly Feature[] = ['x1', 'x2']): number[][] {
  checkFeatures(features);
  return points.map((p) => features.map((f) => featureValue(f, p.x1, p.x2)));
}

/**
 * Flat row-major arrays ready for Network.trainBatch: X (rows × features) and Y
 * (rows × 1, the labels).
 */
export function toTrainingArrays(points: readonly Point[], features: readonly Feature[] = ['x1', 'x2']): { X: Float64Array; Y: Float64Array; rows: number; columns: number } {
  checkFeatures(features);
  const columns = features.length;
  const X = new Float64Array(points.length * columns);
  const Y = new Float64Array(points.length);
  points.forEach((p, r) => {
    features.forEach((f, c) => (X[r * columns + c] = featureValue(f, p.x1, p.x2)));
    Y[r] = p.y;
  });
  return { X, Y, rows: points.length, columns };
}
