import type { Rng } from '../rng';
import type { Point } from './types';

/** Playground's plane: uniform in [−6, 6]², target (x1 + x2)/10 read at the point plus uniform noise ±6·noise. */
export function plane(n: number, noise: number, rng: Rng): Point[] {
  const radius = 6;
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const x1 = rng.uniform(-radius, radius);
    const x2 = rng.uniform(-radius, radius);
    const nx = rng.uniform(-radius, radius) * noise;
    const ny = rng.uniform(-radius, radius) * noise;
    points.push({ x1, x2, y: (x1 + nx + (x2 + ny)) / 10 });
  }
  return points;
}

const GAUSSIANS: readonly [number, number, number][] = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];

/**
 * Playground's multi-Gaussian: six bumps of sign ±1 on a 3 × 2 grid; the target is the
 * bump with the largest |sign·max(0, 1 − d/2)|, d the distance to its centre.
 */
export function multigauss(n: number, noise: number, rng: Rng): Point[] {
  const radius = 6;
  const label = (x1: number, x2: number): number => {
    let best = 0;
    for (const [cx, cy, s] of GAUSSIANS) {
      const d = Math.sqrt((x1 - cx) * (x1 - cx) + (x2 - cy) * (x2 - cy));
      const v = s * Math.min(1, Math.max(0, 1 - d / 2));
      if (Math.abs(v) > Math.abs(best)) best = v;
    }
    return best;
  };
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const x1 = rng.uniform(-radius, radius);
    const x2 = rng.uniform(-radius, radius);
    const nx = rng.uniform(-radius, radius) * noise;
    const ny = rng.uniform(-radius, radius) * noise;
    points.push({ x1, x2, y: label(x1 + nx, x2 + ny) });
  }
  return points;
}
