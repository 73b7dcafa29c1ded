import { describe, expect, it } from 'vitest';
import { exercises, type ExerciseInstance } from '@/lib/exercises';
import { unitThreeFourExercises } from '@/lib/exercises/units-3-4';

const SEEDS = Array.from({ length: 25 }, (_, k) => k + 1);
const run = (name: string, seed: number): ExerciseInstance => unitThreeFourExercises[name]!(seed);

/** Plain-Math gradient descent on L(w) = ½(w·x − y)², independent of lib/engine. */
function plainDescent(x: number, y: number, w0: number, eta: number, steps: number) {
  const loss = (w: number) => 0.5 * (w * x - y) ** 2;
  const weights = [w0];
  for (let t = 0; t < steps; t++) {
    const w = weights[t]!;
    weights.push(w - eta * (w * x - y) * x);
  }
  return { weights, losses: weights.map(loss) };
}

/** Plain-Math mean loss (1/N) Σ ½(w·xᵢ − yᵢ)² and its slope (1/N) Σ (w·xᵢ − yᵢ)·xᵢ. */
function plainMean(w: number, xs: number[], ys: number[]) {
  const n = xs.length;
  return {
    loss: xs.reduce((s, x, i) => s + 0.5 * (w * x - ys[i]!) ** 2, 0) / n,
    slope: xs.reduce((s, x, i) => s + (w * x - ys[i]!) * x, 0) / n,
  };
}

/**
 * For each exercise: the drawn inputs (with the digits they are drawn at, and a bound on
 * their size) and the answer recomputed from those inputs with plain Math.
 */
const checks: Record<string, { inputs: Record<string, [decimals: number, maxAbs: number]>; answer: (v: Record<string, number>) => number }> = {
  'u34-error-con-signo': {
    inputs: { yhat: [1, 5], y: [1, 5] },
    answer: (v) => v.yhat! - v.y!,
  },
  'u34-perdida-cuadratica': {
    inputs: { yhat: [1, 5], y: [1, 5] },
    answer: (v) => 0.5 * (v.yhat! - v.y!) ** 2,
  },
  'u34-perdida-media': {
    inputs: { w: [1, 2], b: [1, 2], x1: [0, 4], x2: [0, 4], x3: [0, 4], y1: [1, 10], y2: [1, 10], y3: [1, 10] },
    answer: (v) => [1, 2, 3].reduce((s, k) => s + 0.5 * (v.w! * v[`x${k}`]! + v.b! - v[`y${k}`]!) ** 2, 0) / 3,
  },
  'u34-perdida-en-punto': {
    inputs: { x1: [0, 3], y1: [1, 5], x2: [0, 3], y2: [1, 5], wP: [1, 2], bP: [1, 2], wQ: [1, 2], bQ: [1, 2] },
    answer: (v) => 0.5 * (0.5 * (v.wQ! * v.x1! + v.bQ! - v.y1!) ** 2 + 0.5 * (v.wQ! * v.x2! + v.bQ! - v.y2!) ** 2),
  },
  'u34-pendiente-valle': {
    inputs: { x: [0, 3], b: [1, 1], y: [1, 6], wLeft: [1, 3], wRight: [1, 3], wStar: [1, 2] },
    answer: (v) => (v.wRight! * v.x! + v.b! - v.y!) * v.x!,
  },
  'u34-minimos-locales': {
    inputs: { c: [1, 1], startA: [1, 3], startB: [1, 3] },
    answer: (v) => {
      const f = (w: number) => 0.25 * w ** 4 - w ** 2 + v.c! * w + 3;
      const walk = (w0: number) => {
        let w = w0;
        for (let t = 0; t < 200; t++) w -= 0.05 * (w ** 3 - 2 * w + v.c!);
        return w;
      };
      return f(walk(v.startB!)) - f(walk(v.startA!));
    },
  },
  'u34-pendiente-direccion': {
    inputs: { x: [0, 2], y: [1, 6], w: [1, 2] },
    answer: (v) => (v.w! * v.x! - v.y!) * v.x!,
  },
  'u34-paso-descenso': {
    inputs: { x: [0, 2], y: [1, 6], w: [1, 2], b: [1, 1], eta: [1, 0.2] },
    answer: (v) => v.w! - v.eta! * (v.w! * v.x! + v.b! - v.y!) * v.x!,
  },
  'u34-pasos-sucesivos': {
    inputs: { x: [0, 2], y: [1, 6], w0: [1, 1], eta: [1, 0.5] },
    answer: (v) => plainDescent(v.x!, v.y!, v.w0!, v.eta!, 3).weights[3]!,
  },
  'u34-paso-grande': {
    inputs: { x: [0, 2], y: [1, 4], w0: [1, 1], eta: [2, 2.4], etaZigzag: [1, 1.6] },
    answer: (v) => plainDescent(v.x!, v.y!, v.w0!, v.eta!, 3).losses[3]!,
  },
  'u34-paso-pequeno': {
    inputs: { x: [0, 2], y: [1, 6], w0: [1, 1], eta: [3, 0.02], etaGood: [3, 0.5] },
    answer: (v) => plainDescent(v.x!, v.y!, v.w0!, v.eta!, 10).losses[10]!,
  },
  'u34-pasos-necesarios': {
    inputs: {},
    answer: (v) => v.steps!,
  },
  'u34-compromiso': {
    inputs: { x1: [0, 4], x2: [0, 4], x3: [0, 4], y1: [1, 8], y2: [1, 8], y3: [1, 8], w0: [1, 1], etaSmall: [3, 0.02], etaGood: [2, 0.3], etaLarge: [2, 0.5] },
    answer: (v) => {
      const xs = [v.x1!, v.x2!, v.x3!];
      const ys = [v.y1!, v.y2!, v.y3!];
      let w = v.w0!;
      for (let t = 0; t < 10; t++) w -= v.etaGood! * plainMean(w, xs, ys).slope;
      return plainMean(w, xs, ys).loss;
    },
  },
};

describe('Units 3–4 exercises', () => {
  it('every registered exercise has a check here, is reachable from lib/exercises and uses the u34- prefix', () => {
    expect(Object.keys(checks).sort()).toEqual(Object.keys(unitThreeFourExercises).sort());
    for (const name of Object.keys(unitThreeFourExercises)) {
      expect(name).toMatch(/^u34-[a-z0-9-]+$/);
      expect(exercises[name]).toBe(unitThreeFourExercises[name]);
    }
  });

  for (const [name, check] of Object.entries(checks)) {
    describe(name, () => {
      it('is deterministic: the same seed gives the same numbers', () => {
        for (const seed of SEEDS) expect(run(name, seed)).toEqual(run(name, seed));
        expect(SEEDS.map((seed) => run(name, seed).answer).some((a) => a !== run(name, 1).answer) || name === 'u34-pasos-necesarios').toBe(true);
      });

      it('gives finite numbers and the answer recomputed with plain Math', () => {
        for (const seed of SEEDS) {
          const { variables, answer, decimals } = run(name, seed);
          expect(Number.isFinite(answer), `${name}:${seed}`).toBe(true);
          for (const [key, value] of Object.entries(variables)) expect(Number.isFinite(value), `${name}:${seed}.${key}`).toBe(true);
          expect(Math.abs(check.answer(variables) - answer), `${name}:${seed}`).toBeLessThan(1e-9);
          expect(Number.isInteger(decimals ?? 2)).toBe(true);
        }
      });

      it('draws its inputs already rounded, small and shown with enough digits', () => {
        for (const seed of SEEDS) {
          const { variables, decimals = 2 } = run(name, seed);
          for (const [key, [digits, maxAbs]] of Object.entries(check.inputs)) {
            const v = variables[key];
            expect(v, `${name}:${seed}.${key}`).toBeDefined();
            expect(Number(v!.toFixed(digits)), `${name}:${seed}.${key} = ${v}`).toBe(v);
            expect(Math.abs(v!), `${name}:${seed}.${key}`).toBeLessThanOrEqual(maxAbs);
            expect(digits, `${name}.${key} is drawn with more digits than the lesson shows`).toBeLessThanOrEqual(decimals);
          }
        }
      });
    });
  }

  it('keeps the facts the lessons state about their seeds', () => {
    const signed1 = run('u34-error-con-signo', 1);
    const signed2 = run('u34-error-con-signo', 2);
    expect(signed1.answer).toBeLessThan(0);
    expect(signed2.answer).toBeGreaterThan(0);

    const mean = run('u34-perdida-media', 1).variables;
    expect([mean.r1!, mean.r2!, mean.r3!].filter((r) => r < 0)).toHaveLength(2);
    expect(Math.max(mean.half1!, mean.half2!, mean.half3!)).toBe(mean.half3);

    const landscape = run('u34-perdida-en-punto', 2).variables;
    expect(landscape.lossQ! * 5).toBeLessThan(landscape.lossP!);
    expect(landscape.wP).toBeLessThan(0);
    expect(landscape.y2).toBeGreaterThan(landscape.y1!);

    const valley = run('u34-pendiente-valle', 1).variables;
    expect(valley.slopeLeft).toBeLessThan(0);
    expect(valley.slopeRight).toBeGreaterThan(0);
    expect(Math.abs(valley.slopeLeft!)).toBeGreaterThan(valley.slopeRight!);
    expect(valley.wStar! - valley.wLeft!).toBeGreaterThan(valley.wRight! - valley.wStar!);

    for (const seed of SEEDS) {
      const minima = run('u34-minimos-locales', seed).variables;
      expect(minima.endA).toBeLessThan(0);
      expect(minima.endB).toBeGreaterThan(0);
      expect(minima.lossA).toBeLessThan(minima.lossB!);
      expect(Math.abs(minima.endA! ** 3 - 2 * minima.endA! + minima.c!)).toBeLessThan(1e-6);
      expect(Math.abs(minima.endB! ** 3 - 2 * minima.endB! + minima.c!)).toBeLessThan(1e-6);
    }

    expect(run('u34-pendiente-direccion', 2).answer).toBeLessThan(0);
    expect(run('u34-pendiente-direccion', 3).answer).toBeGreaterThan(0);

    const step = run('u34-paso-descenso', 2).variables;
    expect(step.gap).toBeLessThan(0);
    expect(step.gradW).toBeLessThan(0);
    expect(step.gradB).toBeLessThan(0);
    expect(step.lossAfter).toBeLessThan(step.lossBefore!);
    expect(run('u34-paso-descenso', 3).variables.x).toBeLessThan(0);
    for (const seed of SEEDS) {
      const v = run('u34-paso-descenso', seed).variables;
      expect(v.lossAfter, `paso-descenso:${seed}`).toBeLessThan(v.lossBefore!);
    }

    const successive = run('u34-pasos-sucesivos', 2).variables;
    expect(successive.eta! * successive.x! ** 2).toBeLessThan(1);
    expect(successive.L3).toBeLessThan(successive.L2!);

    for (const seed of SEEDS) {
      const big = run('u34-paso-grande', seed).variables;
      const curvature = big.x! ** 2;
      expect(big.eta! * curvature).toBeGreaterThan(2);
      expect(big.etaZigzag! * curvature).toBeGreaterThan(1);
      expect(big.etaZigzag! * curvature).toBeLessThan(2);
      expect(big.L3).toBeGreaterThan(big.L2!);
      expect(big.L2).toBeGreaterThan(big.L1!);
      expect(big.zigzagL3).toBeLessThan(big.L0!);
    }
    expect(run('u34-paso-grande', 2).variables.eta! - run('u34-paso-grande', 2).variables.limit!).toBeLessThan(0.1);

    const needed = run('u34-pasos-necesarios', 2).variables;
    expect(needed.steps).toBeGreaterThanOrEqual(90);
    expect(needed.steps).toBeLessThanOrEqual(150);
    expect(needed.stepsGood).toBeLessThanOrEqual(5);
    expect(run('u34-paso-pequeno', 2).variables.goodL10).toBeLessThan(0.0005);

    const trade = run('u34-compromiso', 2).variables;
    expect(trade.etaSmall! * trade.k!).toBeLessThan(0.1);
    expect(Math.abs(trade.etaGood! * trade.k! - 1)).toBeLessThan(0.1);
    expect(trade.etaLarge! * trade.k!).toBeGreaterThan(2);
    expect(trade.etaLarge! / trade.etaGood!).toBeGreaterThan(2);
    expect(trade.etaLarge! / trade.etaGood!).toBeLessThan(2.5);
    expect(trade.lossGood! - trade.lossBest!).toBeLessThan(0.0005);
    expect(trade.lossBest).toBeGreaterThan(0);
    expect(trade.lossLarge).toBeGreaterThan(trade.L0!);
    expect(trade.lossSmall).toBeGreaterThan(trade.lossGood!);
  });

  it('counts whole steps with the same draws as u34-paso-pequeno, matching a plain-Math count', () => {
    for (const seed of SEEDS) {
      const small = run('u34-paso-pequeno', seed).variables;
      const count = (eta: number) => {
        const { x, y, w0 } = small as { x: number; y: number; w0: number };
        const target = 0.01 * 0.5 * (w0 * x - y) ** 2;
        let w = w0;
        for (let step = 1; step <= 5000; step++) {
          w -= eta * (w * x - y) * x;
          if (0.5 * (w * x - y) ** 2 < target) return step;
        }
        return 5000;
      };
      const needed = run('u34-pasos-necesarios', seed).variables;
      expect(needed.steps).toBe(count(small.eta!));
      expect(needed.stepsGood).toBe(count(small.etaGood!));
    }
  });
});
