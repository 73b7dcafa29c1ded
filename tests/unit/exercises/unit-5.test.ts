import { describe, expect, it } from 'vitest';
import { exercises } from '@/lib/exercises';
import { unitFiveExercises } from '@/lib/exercises/unit-5';

const SEEDS = Array.from({ length: 25 }, (_, k) => k + 1);
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

/** Forward and backward of the 2-2-2 sigmoid network with plain Math, independent of lib/engine. */
function plainNetwork(v: Record<string, number>, nudge = 0) {
  const x = [v.x1!, v.x2!];
  const W = [[v.w11!, v.w12!], [v.w21!, v.w22!]];
  const V = [[v.v11!, v.v12!], [v.v21!, v.v22!]];
  const y = [v.y1!, v.y2!];
  const h = W.map((row, j) => sigma(row[0]! * x[0]! + row[1]! * x[1]! + (j === 0 ? nudge : 0)));
  const o = V.map((row) => sigma(row[0]! * h[0]! + row[1]! * h[1]!));
  const loss = 0.5 * ((o[0]! - y[0]!) ** 2 + (o[1]! - y[1]!) ** 2);
  const dOut = o.map((ok, k) => (ok - y[k]!) * ok * (1 - ok));
  const dHidden = h.map((hj, j) => (V[0]![j]! * dOut[0]! + V[1]![j]! * dOut[1]!) * hj * (1 - hj));
  return { h, o, loss, dOut, dHidden, gV: V.map((_, k) => h.map((hj) => dOut[k]! * hj)), gW: W.map((_, j) => x.map((xi) => dHidden[j]! * xi)) };
}

/** The value a question prints: the engine's number at the exercise's decimals. */
const shown = (v: Record<string, number>, name: string, decimals: number) => Number(v[name]!.toFixed(decimals));

/**
 * Each exercise's answer from the numbers its question prints, with plain Math; and the
 * engine-free value it stands for (the two differ only by the rounding of what is printed).
 */
const answers: Record<string, { fromShown: (v: Record<string, number>) => number; exact: (v: Record<string, number>) => number }> = {
  'u5-red': { fromShown: (v) => plainNetwork(v).o[0]!, exact: (v) => plainNetwork(v).o[0]! },
  'u5-error-salida': {
    fromShown: (v) => 0.5 * ((shown(v, 'o1', 3) - v.y1!) ** 2 + (shown(v, 'o2', 3) - v.y2!) ** 2),
    exact: (v) => plainNetwork(v).loss,
  },
  'u5-reparto-culpa': { fromShown: (v) => shown(v, 'do1', 3) * shown(v, 'h1', 3), exact: (v) => plainNetwork(v).gV[0]![0]! },
  'u5-delta-salida': {
    fromShown: (v) => {
      const o = shown(v, 'o1', 3);
      return (o - v.y1!) * o * (1 - o);
    },
    exact: (v) => plainNetwork(v).dOut[0]!,
  },
  'u5-delta-oculta': {
    fromShown: (v) => {
      const h = shown(v, 'h1', 3);
      return (v.v11! * shown(v, 'do1', 3) + v.v21! * shown(v, 'do2', 3)) * h * (1 - h);
    },
    exact: (v) => plainNetwork(v).dHidden[0]!,
  },
  'u5-culpa-entrada': { fromShown: (v) => shown(v, 'dh1', 3) * v.x1!, exact: (v) => plainNetwork(v).gW[0]![0]! },
  'u5-empujon-z': { fromShown: (v) => shown(v, 'dh1', 4) * v.eps!, exact: (v) => plainNetwork(v).dHidden[0]! * v.eps! },
};

describe('Unit 5 exercises', () => {
  it('are all registered, reachable from lib/exercises and prefixed u5-', () => {
    expect(Object.keys(answers).sort()).toEqual(Object.keys(unitFiveExercises).sort());
    for (const name of Object.keys(unitFiveExercises)) {
      expect(name).toMatch(/^u5-[a-z0-9-]+$/);
      expect(exercises[name]).toBe(unitFiveExercises[name]);
    }
  });

  for (const [name, answer] of Object.entries(answers)) {
    it(`${name}: deterministic, finite and equal to a plain-Math backward pass`, () => {
      const run = unitFiveExercises[name]!;
      for (const seed of SEEDS) {
        const instance = run(seed);
        expect(run(seed)).toEqual(instance);
        for (const [key, value] of Object.entries(instance.variables)) expect(Number.isFinite(value), `${name}:${seed}.${key}`).toBe(true);
        expect(Math.abs(answer.fromShown(instance.variables) - instance.answer), `${name}:${seed}`).toBeLessThan(1e-12);
        // Working from the printed numbers moves the result by at most one unit of its last digit.
        const unit = 10 ** -(instance.decimals ?? 2);
        expect(Math.abs(answer.exact(instance.variables) - instance.answer), `${name}:${seed}`).toBeLessThanOrEqual(unit + 1e-12);
      }
      expect(new Set(SEEDS.map((seed) => run(seed).answer)).size).toBeGreaterThan(20);
    });
  }

  it('draws inputs and weights on a one-decimal grid, targets 0 and 1, and every δ term readable at three decimals', () => {
    for (const seed of SEEDS) {
      const v = unitFiveExercises['u5-red']!(seed).variables;
      for (const key of ['x1', 'x2', 'w11', 'w12', 'w21', 'w22', 'v11', 'v12', 'v21', 'v22']) {
        expect(Number(v[key]!.toFixed(1)), `${seed}.${key}`).toBe(v[key]);
        expect(Math.abs(v[key]!)).toBeLessThanOrEqual(2);
      }
      expect([v.y1, v.y2].sort()).toEqual([0, 1]);
      for (const key of ['t11', 't12', 't21', 't22', 'dh1', 'dh2']) expect(Math.abs(v[key]!), `${seed}.${key}`).toBeGreaterThanOrEqual(0.004);
    }
  });

  it('writes out the pieces the lessons add up: terms, sums, σ′ = a(1 − a) and ∂L/∂w = δ·a', () => {
    for (const seed of SEEDS) {
      const v = unitFiveExercises['u5-red']!(seed).variables;
      expect(v.sum1).toBeCloseTo(v.t11! + v.t12!, 14);
      expect(v.dh1).toBeCloseTo(v.sum1! * v.sh1!, 14);
      expect(v.dh2).toBeCloseTo(v.sum2! * v.sh2!, 14);
      expect(v.sh1).toBeCloseTo(v.h1! * (1 - v.h1!), 14);
      expect(v.so2).toBeCloseTo(v.o2! * (1 - v.o2!), 14);
      expect(v.do2).toBeCloseTo(v.err2! * v.so2!, 14);
      expect(v.gv12).toBeCloseTo(v.do1! * v.h2!, 14);
      expect(v.gw22).toBeCloseTo(v.dh2! * v.x2!, 14);
    }
  });

  it('nudges z of h₁ by ε and predicts the change of L to within a small fraction of it', () => {
    for (const seed of SEEDS) {
      const v = unitFiveExercises['u5-empujon-z']!(seed).variables;
      expect(v.lossNudged).toBeCloseTo(plainNetwork(v, v.eps!).loss, 12);
      expect(Math.abs(v.dLexact! - v.dLpred!), `${seed}`).toBeLessThan(0.05 * Math.abs(v.dLpred!) + 1e-4);
    }
  });

  it('keeps the facts the lessons state about seed 1', () => {
    const v = unitFiveExercises['u5-red']!(1).variables;
    expect(v.err1).toBeGreaterThan(0);
    expect(v.err2).toBeLessThan(0);
    expect(v.t11).toBeLessThan(0);
    expect(v.t12).toBeLessThan(0);
    expect(v.dh2).toBeGreaterThan(0);
    expect(v.h2).toBeGreaterThan(v.h1!);
    expect(Math.abs(v.dh1!)).toBeGreaterThan(Math.abs(v.dh2!));
    expect(Math.max(Math.abs(v.gw11!), Math.abs(v.gw21!), Math.abs(v.gw22!))).toBeLessThan(Math.abs(v.gw12!));
    expect(v.x2).toBeGreaterThan(v.x1!);
    expect(Math.min(v.so1!, v.so2!)).toBeGreaterThan(0.24);
    expect(v.dLexact!.toFixed(4)).toBe(v.dLpred!.toFixed(4));
    const opposed = unitFiveExercises['u5-red']!(3).variables;
    expect(Math.sign(opposed.t11!)).not.toBe(Math.sign(opposed.t12!));
    expect(Math.abs(opposed.sum1!)).toBeLessThan(Math.max(Math.abs(opposed.t11!), Math.abs(opposed.t12!)));
  });
});
