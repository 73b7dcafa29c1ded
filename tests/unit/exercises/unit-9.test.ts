import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exercises, type ExerciseInstance } from '@/lib/exercises';
import { unitNineExercises } from '@/lib/exercises/unit-9';
import { quizSchema } from '@/lib/schemas/quiz';

const SEEDS = Array.from({ length: 25 }, (_, k) => k + 1);
const run = (name: string, seed: number): ExerciseInstance => unitNineExercises[name]!(seed);

// Plain-Math versions of the activations, independent of lib/engine.
const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const dSigma = (z: number) => sigma(z) * (1 - sigma(z));
const dTanh = (z: number) => 1 - Math.tanh(z) ** 2;
const relu = (z: number) => Math.max(0, z);
const DATA_X = [-1, -0.5, 0, 0.5, 1];

/** Plain-Math one step of the dead-neuron exercise: ∂L/∂w and ∂L/∂b of ½(v·relu(w·x + b) − y)². */
function reluStep(v: Record<string, number>, eta: number) {
  const z = v.w! * v.x! + v.b!;
  const err = v.v! * relu(z) - v.y!;
  const gb = z > 0 ? err * v.v! : 0;
  const w = v.w! - eta * gb * v.x!;
  const b = v.b! - eta * gb;
  return Math.max(...DATA_X.map((x) => w * x + b));
}

/** For each exercise: the drawn inputs ([digits, max |value|]) and the answer recomputed with plain Math. */
const checks: Record<string, { inputs: Record<string, [number, number]>; answer: (v: Record<string, number>) => number }> = {
  'u9-derivada-sigmoide': { inputs: { z: [1, 5] }, answer: (v) => dSigma(v.z!) },
  'u9-producto-saturado': { inputs: { z1: [1, 3], z2: [1, 3], z3: [1, 3] }, answer: (v) => dSigma(v.z1!) * dSigma(v.z2!) * dSigma(v.z3!) },
  'u9-relu-activa': { inputs: { w1: [1, 1.5], w2: [1, 1.5], b: [1, 1], x1: [1, 1], x2: [1, 1] }, answer: (v) => relu(v.w1! * v.x1! + v.w2! * v.x2! + v.b!) },
  'u9-neurona-muerta': { inputs: { w: [1, 1], b: [1, 1], v: [1, 2], x: [1, 1], y: [1, 1] }, answer: (v) => reluStep(v, 1) },
  'u9-leaky-gradiente': {
    inputs: { x: [0, 2], w: [1, 1.5], b: [1, 0.5], v: [1, 2], y: [1, 2] },
    answer: (v) => {
      const z = v.w! * v.x! + v.b!;
      return (v.v! * 0.1 * z - v.y!) * v.v! * 0.1 * v.x!;
    },
  },
};

describe('Unit 9 exercises', () => {
  it('every registered exercise has a check here, is reachable from lib/exercises and uses the u9- prefix', () => {
    expect(Object.keys(checks).sort()).toEqual(Object.keys(unitNineExercises).sort());
    for (const name of Object.keys(unitNineExercises)) {
      expect(name).toMatch(/^u9-[a-z0-9-]+$/);
      expect(exercises[name]).toBe(unitNineExercises[name]);
    }
  });

  for (const [name, check] of Object.entries(checks)) {
    describe(name, () => {
      it('is deterministic and varies with the seed', () => {
        for (const seed of SEEDS) expect(run(name, seed)).toEqual(run(name, seed));
        expect(new Set(SEEDS.map((seed) => run(name, seed).answer)).size).toBeGreaterThan(1);
      });

      it('gives finite numbers and the answer recomputed with plain Math', () => {
        for (const seed of SEEDS) {
          const { variables, answer } = run(name, seed);
          for (const [key, value] of Object.entries(variables)) expect(Number.isFinite(value), `${name}:${seed}.${key}`).toBe(true);
          expect(Math.abs(check.answer(variables) - answer), `${name}:${seed}`).toBeLessThan(1e-9);
        }
      });

      it('draws its inputs already rounded, small and shown with enough digits', () => {
        for (const seed of SEEDS) {
          const { variables, decimals = 2 } = run(name, seed);
          for (const [key, [digits, maxAbs]] of Object.entries(check.inputs)) {
            const v = variables[key]!;
            expect(Number(v.toFixed(digits)), `${name}:${seed}.${key} = ${v}`).toBe(v);
            expect(Math.abs(v)).toBeLessThanOrEqual(maxAbs);
            expect(digits).toBeLessThanOrEqual(decimals);
          }
        }
      });
    });
  }

  it('keeps the facts the lessons state', () => {
    for (const seed of SEEDS) {
      const s = run('u9-derivada-sigmoide', seed).variables;
      expect(s.slope! - s.a! * s.oneMinusA!).toBeCloseTo(0, 12);
      expect(s.tanhSlope! - dTanh(s.z!)).toBeCloseTo(0, 12);
      expect(s.deltaWrong! - (sigma(s.z!) - s.target!) * dSigma(s.z!)).toBeCloseTo(0, 12);
      expect(Math.abs(s.errorWrong!)).toBeGreaterThan(0.5);

      const p = run('u9-producto-saturado', seed).variables;
      expect(p.product).toBeLessThan(p.best! / 5);
      expect(p.productTanh! - dTanh(p.z1!) * dTanh(p.z2!) * dTanh(p.z3!)).toBeCloseTo(0, 12);
      expect(p.productRelu).toBe([p.z1!, p.z2!, p.z3!].every((z) => z > 0) ? 1 : 0);

      const d = run('u9-neurona-muerta', seed).variables;
      expect(d.zMaxBig, `muerta:${seed}`).toBeLessThan(0);
      expect(d.zMaxSmall, `muerta:${seed}`).toBeGreaterThan(0);
      expect(d.gradAfter).toBe(0);
      expect(d.zMaxSmall).toBeCloseTo(reluStep(d, 0.05), 12);

      const l = run('u9-leaky-gradiente', seed).variables;
      expect(l.z).toBeLessThan(0);
      expect(l.gradRelu).toBe(0);
      expect(l.gradLeaky).not.toBe(0);
    }
    // Seeds the lessons use: 1 is saturated (z = 3), 2 is near the centre.
    expect(run('u9-derivada-sigmoide', 1).variables.z).toBe(3);
    expect(run('u9-derivada-sigmoide', 2).variables.share).toBeGreaterThan(0.9);
    expect(run('u9-relu-activa', 3).variables.active).toBe(1);
    expect(run('u9-relu-activa', 1).variables.active).toBe(0);
  });
});

it('Unit 9’s numeric quiz questions accept half a unit of the last digit asked', () => {
  const quiz = quizSchema.parse(parse(fs.readFileSync(path.join(process.cwd(), 'content/quizzes/u9.yaml'), 'utf8')));
  for (const question of quiz.questions) if (question.type === 'numeric') expect(question.tolerance.absolute, question.id).toBeCloseTo(0.5 * 10 ** -question.decimals, 12);
});
