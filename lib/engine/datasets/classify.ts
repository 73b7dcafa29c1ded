import { cos, sin } from '../math/trig';
import type { Rng } from '../rng';
import type { Point } from './types';

const TWO_PI = 2 * Math.PI;

/**
 * TensorFlow Playground's circle: class 1 uniform in radius [0, 2.5), class 0 in [3.5, 5),
 * uniform angle; the label is read at the point plus uniform noise ±5·noise (as Playground does),
 * so noise blurs the border.
 */
export function circle(n: number, noise: number, rng: Rng): Point[] {
  const radius = 5;
  const points: Point[] = [];
  const make = (count: number, rMin: number, rMax: number): void => {
    for (let i = 0; i < count; i++) {
      const r = rng.uniform(rMin, rMax);
      const angle = rng.uniform(0, TWO_PI);
      const x1 = r * sin(angle);
      const x2 = r * cos(angle);
      const nx = rng.uniform(-radius, radius) * noise;
      const ny = rng.uniform(-radius, radius) * noise;
      const inside = Math.sqrt((x1 + nx) * (x1 + nx) + (x2 + ny) * (x2 + ny)) < radius * 0.5;
      points.push({ x1, x2, y: inside ? 1 : 0 });
    }
  };
  make(Math.ceil(n / 2), 0, radius * 0.5);
  make(Math.floor(n / 2), radius * 0.7, radius);
  return points;
}

/** Playground's XOR: uniform in [−5, 5]² pushed 0.3 away from the axes; class 1 where x1·x2 ≥ 0 (read with noise). */
export function xor(n: number, noise: number, rng: Rng): Point[] {
  const points: Point[] = [];
  const padding = 0.3;
  for (let i = 0; i < n; i++) {
    let x1 = rng.uniform(-5, 5);
    x1 += x1 > 0 ? padding : -padding;
    let x2 = rng.uniform(-5, 5);
    x2 += x2 > 0 ? padding : -padding;
    const nx = rng.uniform(-5, 5) * noise;
    const ny = rng.uniform(-5, 5) * noise;
    points.push({ x1, x2, y: (x1 + nx) * (x2 + ny) >= 0 ? 1 : 0 });
  }
  return points;
}

/** Playground's two Gaussians: class 1 around (2, 2), class 0 around (−2, −2), variance 0.5 + 7·noise. */
export function gauss(n: number, noise: number, rng: Rng): Point[] {
  const std = Math.sqrt(0.5 + 7 * noise);
  const points: Point[] = [];
  for (let i = 0; i < Math.ceil(n / 2); i++) points.push({ x1: rng.normal(2, std), x2: rng.normal(2, std), y: 1 });
  for (let i = 0; i < Math.floor(n / 2); i++) points.push({ x1: rng.normal(-2, std), x2: rng.normal(-2, std), y: 0 });
  return points;
}

/** Playground's spiral: two arms r = 5t, θ = 3.5πt (+π for class 0), t ∈ [0, 1), plus uniform noise ±noise. */
export function spiral(n: number, noise: number, rng: Rng): Point[] {
  const points: Point[] = [];
  const arm = (count: number, deltaT: number, y: number): void => {
    for (let i = 0; i < count; i++) {
      const r = (i / count) * 5;
      const t = ((1.75 * i) / count) * TWO_PI + deltaT;
      points.push({ x1: r * sin(t) + rng.uniform(-1, 1) * noise, x2: r * cos(t) + rng.uniform(-1, 1) * noise, y });
    }
  };
  arm(Math.ceil(n / 2), 0, 1);
  arm(Math.floor(n / 2), Math.PI, 0);
  return points;
}

/**
 * scikit-learn's two moons (outer arc (cos θ, sin θ) is class 0, inner arc
 * (1 − cos θ, 1 − sin θ − ½) class 1, θ evenly spaced on [0, π], Gaussian noise of std
 * `noise`), then scaled by 3 around (½, ¼) to fill Playground's [−6, 6]² canvas.
 */
export function moons(n: number, noise: number, rng: Rng): Point[] {
  const points: Point[] = [];
  const outer = Math.floor(n / 2);
  const inner = n - outer;
  const arc = (count: number, y: number): void => {
    for (let i = 0; i < count; i++) {
      const theta = count > 1 ? (Math.PI * i) / (count - 1) : 0;
      const bx = y === 0 ? cos(theta) : 1 - cos(theta);
      const by = y === 0 ? sin(theta) : 1 - sin(theta) - 0.5;
      const x1 = bx + rng.normal(0, noise);
      const x2 = by + rng.normal(0, noise);
      points.push({ x1: 3 * (x1 - 0.5), x2: 3 * (x2 - 0.25), y });
    }
  };
  arc(outer, 0);
  arc(inner, 1);
  return points;
}
