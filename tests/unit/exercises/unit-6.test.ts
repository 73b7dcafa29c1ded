import { describe, expect, it } from 'vitest';
import { computeChainGraph } from '@/app/ui/viz/grafo-cadena/chain-graph';
import { drawLeaves, type ExpressionName } from '@/app/ui/viz/grafo-cadena/expressions';
import { exercises, type ExerciseInstance } from '@/lib/exercises';
import { unitSixExercises } from '@/lib/exercises/unit-6';

const SEEDS = Array.from({ length: 25 }, (_, k) => k + 1);
const run = (name: string, seed: number): ExerciseInstance => unitSixExercises[name]!(seed);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const neuronLoss = (v: Record<string, number>, w: number) => 0.5 * (sigmoid(w * v.x! + v.b!) - v.y!) ** 2;

/** Each exercise's answer recomputed from its drawn inputs with plain Math, independent of lib/engine. */
const checks: Record<string, (v: Record<string, number>) => number> = {
  'u6-cambio-peso': (v) => (v.w! + v.dw!) * v.x! + v.b!,
  'u6-propagacion': (v) => {
    const h1 = Math.tanh(v.w1! * v.x!);
    const h2 = Math.tanh(v.w2! * h1);
    return v.eps! * v.x! * (1 - h1 ** 2) * v.w2! * (1 - h2 ** 2);
  },
  'u6-cadena-larga': (v) => {
    const h1 = Math.tanh(v.w1! * v.x!);
    const h2 = Math.tanh(v.w2! * h1);
    return v.x! * (1 - h1 ** 2) * v.w2! * (1 - h2 ** 2) * (h2 - v.y!);
  },
  'u6-derivada-local': (v) => 1 - Math.tanh(v.u!) ** 2,
  'u6-suma-caminos': (v) => {
    const h = Math.tanh(v.w! * v.x1!);
    const gap = h + v.w! * v.x2! - v.y!;
    return v.x1! * (1 - h ** 2) * gap + v.x2! * gap;
  },
  'u6-camino-producto': (v) => {
    const yhat = sigmoid(v.w! * v.x! + v.b!);
    return v.x! * 1 * yhat * (1 - yhat) * 1 * 2 * (yhat - v.y!) * 0.5;
  },
  'u6-empujon': (v) => {
    const yhat = sigmoid(v.w! * v.x! + v.b!);
    return v.eps! * (yhat - v.y!) * yhat * (1 - yhat) * v.x!;
  },
};

/** Inputs drawn on the 0.1 grid (ε and the step h on their own grids). */
const INPUTS: Record<string, string[]> = {
  'u6-cambio-peso': ['x', 'w', 'b', 'y', 'dw'],
  'u6-propagacion': ['x', 'w1', 'w2', 'y'],
  'u6-cadena-larga': ['x', 'w1', 'w2', 'y'],
  'u6-derivada-local': ['u', 'a', 'b'],
  'u6-suma-caminos': ['w', 'x1', 'x2', 'y'],
  'u6-camino-producto': ['x', 'w', 'b', 'y'],
  'u6-empujon': ['x', 'w', 'b', 'y', 'eps'],
};

describe('Unit 6 exercises', () => {
  it('every registered exercise has a check, is reachable from lib/exercises and uses the u6- prefix', () => {
    expect(Object.keys(checks).sort()).toEqual(Object.keys(unitSixExercises).sort());
    for (const name of Object.keys(unitSixExercises)) {
      expect(name).toMatch(/^u6-[a-z0-9-]+$/);
      expect(exercises[name]).toBe(unitSixExercises[name]);
    }
  });

  for (const [name, check] of Object.entries(checks)) {
    it(`${name}: deterministic, finite, inputs on the grid, answer equal to plain Math`, () => {
      for (const seed of SEEDS) {
        const instance = run(name, seed);
        expect(run(name, seed)).toEqual(instance);
        for (const [key, value] of Object.entries(instance.variables)) expect(Number.isFinite(value), `${name}:${seed}.${key}`).toBe(true);
        for (const key of INPUTS[name]!) expect(Number(instance.variables[key]!.toFixed(2)), `${name}:${seed}.${key}`).toBe(instance.variables[key]);
        expect(Math.abs(check(instance.variables) - instance.answer), `${name}:${seed}`).toBeLessThan(1e-9);
      }
      expect(new Set(SEEDS.map((seed) => run(name, seed).answer.toFixed(3))).size).toBeGreaterThan(5);
    });
  }

  it('writes out the same factors the lessons multiply and add', () => {
    for (const seed of SEEDS) {
      const product = run('u6-camino-producto', seed).variables;
      expect(product.x! * product.dsig! * product.dsq! * 0.5).toBeCloseTo(product.gradW!, 12);
      const sum = run('u6-suma-caminos', seed).variables;
      expect(sum.path1! + sum.path2!).toBeCloseTo(sum.gradW!, 12);
      const local = run('u6-derivada-local', seed).variables;
      expect(Math.abs(local.estimate! - local.local!)).toBeLessThan(0.01);
      expect(local.dcda).toBe(local.b);
      const nudge = run('u6-empujon', seed).variables;
      expect(nudge.actual).toBeCloseTo(neuronLoss(nudge, nudge.w! + nudge.eps!) - neuronLoss(nudge, nudge.w!), 12);
      expect(Math.abs(nudge.actual! - nudge.predicted!)).toBeLessThan(Math.abs(nudge.bigActual! - nudge.bigPredicted!) + 1e-12);
    }
  });

  it('keeps the facts the lessons state about their seeds', () => {
    const sum = run('u6-suma-caminos', 2).variables;
    expect(Math.sign(sum.path1!)).not.toBe(Math.sign(sum.path2!));
    const prop = run('u6-propagacion', 3).variables;
    expect(Math.abs(prop.dh2!)).toBeLessThan(Math.abs(prop.du1!));
    expect(prop.dh2! * prop.gap!).toBeGreaterThan(0);
    expect(prop.eps).toBe(0.1);
    const nudge = run('u6-empujon', 18).variables;
    expect([nudge.eps, nudge.big]).toEqual([0.1, 0.5]); // the lesson writes these two pushes out
    expect(Math.abs(nudge.actual! - nudge.predicted!) / Math.abs(nudge.actual!)).toBeLessThan(0.03);
    expect(Math.abs(nudge.bigActual! - nudge.bigPredicted!) / Math.abs(nudge.bigActual!)).toBeGreaterThan(0.1);
  });

  it('draws the same numbers as <GrafoCadena> for the same seed', () => {
    const graphOf = (name: ExpressionName, seed: number) => {
      const graph = computeChainGraph(name, drawLeaves(name, seed));
      return (label: string) => graph.nodes.find((n) => n.label === label)!;
    };
    for (const seed of SEEDS) {
      const neuron = graphOf('neurona', seed);
      const p = run('u6-camino-producto', seed).variables;
      expect([neuron('x').data, neuron('w').data, neuron('b').data, neuron('y').data, neuron('w').grad]).toEqual([p.x, p.w, p.b, p.y, p.gradW]);
      const shared = graphOf('dos-caminos', seed);
      const s = run('u6-suma-caminos', seed).variables;
      expect([shared('w').data, shared('x₁').data, shared('x₂').data, shared('y').data, shared('w').grad]).toEqual([s.w, s.x1, s.x2, s.y, s.gradW]);
      const chain = graphOf('cadena-larga', seed);
      const c = run('u6-propagacion', seed).variables;
      expect([chain('x').data, chain('w₁').data, chain('w₂').data, chain('y').data, chain('w₁').grad]).toEqual([c.x, c.w1, c.w2, c.y, c.gradW1]);
    }
  });
});
