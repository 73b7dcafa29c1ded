import type { LineFit, LossPoint } from './line-fit';

/** A rectangle of (w, b). */
export interface WeightWindow {
  readonly wMin: number;
  readonly wMax: number;
  readonly bMin: number;
  readonly bMax: number;
}

/** L(w, b) sampled on an n × n lattice: values[j·n + i] at w = w_i (columns), b = b_j (rows, bMin first). */
export interface LossGrid {
  readonly n: number;
  readonly window: WeightWindow;
  readonly values: Float64Array;
  readonly min: number;
  readonly max: number;
}

/** w of column i (0 ≤ i < n). */
export function gridW(grid: { n: number; window: WeightWindow }, i: number): number {
  return grid.window.wMin + ((grid.window.wMax - grid.window.wMin) * i) / (grid.n - 1);
}

/** b of row j (0 ≤ j < n). */
export function gridB(grid: { n: number; window: WeightWindow }, j: number): number {
  return grid.window.bMin + ((grid.window.bMax - grid.window.bMin) * j) / (grid.n - 1);
}

/** Evaluates the engine's loss at every lattice point of `window`. */
export function sampleLossGrid(fit: LineFit, window: WeightWindow, n: number): LossGrid {
  const values = new Float64Array(n * n);
  const point: LossPoint = { loss: 0, dw: 0, db: 0 };
  let min = Infinity;
  let max = -Infinity;
  const shape = { n, window };
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const loss = fit.evaluate(gridW(shape, i), gridB(shape, j), point).loss;
      values[j * n + i] = loss;
      if (loss < min) min = loss;
      if (loss > max) max = loss;
    }
  }
  return { n, window, values, min, max };
}

/**
 * Bilinear interpolation of the grid at fractional lattice coordinates (fi, fj), clamped to
 * the lattice: how the drawings fill the pixels between samples.
 */
export function interpolate(grid: LossGrid, fi: number, fj: number): number {
  const n = grid.n;
  const x = Math.min(Math.max(fi, 0), n - 1);
  const y = Math.min(Math.max(fj, 0), n - 1);
  const i = Math.min(Math.floor(x), n - 2);
  const j = Math.min(Math.floor(y), n - 2);
  const tx = x - i;
  const ty = y - j;
  const v = grid.values;
  const top = v[j * n + i]! * (1 - tx) + v[j * n + i + 1]! * tx;
  const bottom = v[(j + 1) * n + i]! * (1 - tx) + v[(j + 1) * n + i + 1]! * tx;
  return top * (1 - ty) + bottom * ty;
}
