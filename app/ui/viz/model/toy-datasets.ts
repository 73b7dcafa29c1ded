import { Rng } from '@/lib/engine';

export type ToyDatasetName = 'xor' | 'circulo' | 'lineal';

export const TOY_DATASETS: readonly ToyDatasetName[] = ['xor', 'circulo', 'lineal'];

/** A small two-class set in the plane: xs rows (x₁, x₂) flat, ys labels 0 or 1. */
export interface ToyDataset {
  readonly name: ToyDatasetName;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly count: number;
}

const COUNT = 40;

/**
 * Points uniform on [−1, 1]² from the engine's Rng, labelled by the set's rule:
 * xor — 1 when x₁·x₂ > 0 (opposite quadrants share a class; points too close to an axis
 * are redrawn so the classes stay apart); circulo — 1 inside the circle x₁² + x₂² < 0,45;
 * lineal — 1 above the line x₂ = 0,5·x₁ + 0,1.
 */
export function toyDataset(name: ToyDatasetName, seed: number): ToyDataset {
  const rng = new Rng(seed);
  const xs = new Float64Array(2 * COUNT);
  const ys = new Float64Array(COUNT);
  for (let k = 0; k < COUNT; k++) {
    let a = rng.uniform(-1, 1);
    let b = rng.uniform(-1, 1);
    if (name === 'xor') {
      while (Math.abs(a) < 0.15 || Math.abs(b) < 0.15) {
        a = rng.uniform(-1, 1);
        b = rng.uniform(-1, 1);
      }
    }
    xs[2 * k] = a;
    xs[2 * k + 1] = b;
    ys[k] = label(name, a, b);
  }
  return { name, xs, ys, count: COUNT };
}

function label(name: ToyDatasetName, a: number, b: number): number {
  if (name === 'xor') return a * b > 0 ? 1 : 0;
  if (name === 'circulo') return a * a + b * b < 0.45 ? 1 : 0;
  return b > 0.5 * a + 0.1 ? 1 : 0;
}
