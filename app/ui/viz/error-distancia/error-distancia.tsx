'use client';

import { parseErrorDistanceProps } from '../model/viz-props';
import { ErrorOnLine } from './error-on-line';
import { ErrorOnPlane } from './error-on-plane';

/** `<ErrorDistancia dimension="1" semilla="3" />`: the error as a distance, on a line (1) or around a fitted line (2). */
export function ErrorDistancia(props: { dimension?: string; semilla?: string }) {
  const { dimension, seed } = parseErrorDistanceProps(props);
  return dimension === '1' ? <ErrorOnLine seed={seed} /> : <ErrorOnPlane seed={seed} />;
}
