import { PLANE } from './relu-run';

type Point = readonly [number, number];

const SQUARE: readonly Point[] = [
  [PLANE[0], PLANE[0]],
  [PLANE[1], PLANE[0]],
  [PLANE[1], PLANE[1]],
  [PLANE[0], PLANE[1]],
];

/** z = w₁x₁ + w₂x₂ + b at a point of the plane. */
function zAt(w1: number, w2: number, b: number, [x1, x2]: Point): number {
  return w1 * x1 + w2 * x2 + b;
}

/**
 * The part of the drawn square where z > 0 (a convex polygon, possibly empty): the square
 * clipped by one half-plane, walking its edges and cutting where z changes sign.
 */
export function activePolygon(w1: number, w2: number, b: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < SQUARE.length; i++) {
    const p = SQUARE[i]!;
    const q = SQUARE[(i + 1) % SQUARE.length]!;
    const zp = zAt(w1, w2, b, p);
    const zq = zAt(w1, w2, b, q);
    if (zp > 0) out.push(p);
    if (zp > 0 !== zq > 0) {
      const t = zp / (zp - zq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/** The segment of the line z = 0 inside the drawn square, or null when the line misses it. */
export function boundarySegment(w1: number, w2: number, b: number): [Point, Point] | null {
  const cuts: Point[] = [];
  for (let i = 0; i < SQUARE.length; i++) {
    const p = SQUARE[i]!;
    const q = SQUARE[(i + 1) % SQUARE.length]!;
    const zp = zAt(w1, w2, b, p);
    const zq = zAt(w1, w2, b, q);
    if (zp > 0 !== zq > 0) {
      const t = zp / (zp - zq);
      cuts.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return cuts.length >= 2 ? [cuts[0]!, cuts[1]!] : null;
}
