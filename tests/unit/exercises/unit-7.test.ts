import { describe, expect, it } from 'vitest';
import { unitSevenExercises } from '@/lib/exercises/unit-7';

// Every Unit 7 exercise recomputed with plain Math, independently of lib/engine, over 25 seeds;
// then the lessons' placeholders and the quiz checked against the registry.
const SEEDS = Array.from({ length: 25 }, (_, k) => k + 1);
const run = (name: string, seed: number) => unitSevenExercises[name]!(seed);
const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const onGrid = (v: number, decimals: number) => Math.abs(v * 10 ** decimals - Math.round(v * 10 ** decimals)) < 1e-9;

interface Params {
  x: number;
  y: number;
  w1: number;
  b1: number;
  w2: number;
  b2: number;
}

/** The chain x → σ(w₁x + b₁) → w₂h + b₂ with L = ½(ŷ − y)² and its four gradients, by hand. */
function chain(p: Params) {
  const h = sigma(p.w1 * p.x + p.b1);
  const yhat = p.w2 * h + p.b2;
  const e = yhat - p.y;
  const dh = e * p.w2 * h * (1 - h);
  return { h, yhat, loss: 0.5 * e * e, gW1: dh * p.x, gB1: dh, gW2: e * h, gB2: e };
}

const params = (v: Record<string, number>): Params => ({ x: v.x!, y: v.y!, w1: v.w1!, b1: v.b1!, w2: v.w2!, b2: v.b2! });

function jointStep(p: Params, eta: number): Params {
  const c = chain(p);
  return { ...p, w1: p.w1 - eta * c.gW1, b1: p.b1 - eta * c.gB1, w2: p.w2 - eta * c.gW2, b2: p.b2 - eta * c.gB2 };
}

describe('Unit 7 exercises', () => {
  it('draw the same readable chain for a seed in every exercise', () => {
    for (const seed of SEEDS) {
      const setup = run('u7-red-cadena', seed).variables;
      for (const key of ['x', 'y', 'w1', 'b1', 'w2', 'b2', 'z']) expect(onGrid(setup[key]!, 1), `${key} = ${setup[key]}`).toBe(true);
      expect([1, 2]).toContain(setup.x);
      expect(Math.abs(setup.w1!)).toBeGreaterThanOrEqual(0.3);
      const gap = Math.abs(chain(params(setup)).yhat - setup.y!);
      expect(gap).toBeGreaterThan(0.3);
      expect(gap).toBeLessThan(1.3);
      for (const name of Object.keys(unitSevenExercises)) expect(params(run(name, seed).variables)).toEqual(params(setup));
    }
  });

  it('compute the state before the update: forward values and gradients', () => {
    for (const seed of SEEDS) {
      const v = run('u7-gradiente-antes', seed).variables;
      const c = chain(params(v));
      expect(v.z).toBeCloseTo(v.w1! * v.x! + v.b1!, 12);
      for (const [mine, plain] of [['h', c.h], ['yhat', c.yhat], ['loss', c.loss], ['gradW1', c.gW1], ['gradB1', c.gB1], ['gradW2', c.gW2], ['gradB2', c.gB2]] as const) expect(v[mine]).toBeCloseTo(plain, 12);
      expect(run('u7-gradiente-antes', seed).answer).toBe(v.gradW2);
    }
  });

  it('update w₂ alone and evaluate the chain again', () => {
    for (const seed of SEEDS) {
      const { variables: v, answer } = run('u7-paso-peso', seed);
      expect([0.2, 0.5, 1]).toContain(v.eta);
      const p = params(v);
      const w2New = p.w2 - v.eta! * chain(p).gW2;
      const after = chain({ ...p, w2: w2New });
      expect(answer).toBeCloseTo(w2New, 12);
      expect(v.yhatChange).toBeCloseTo(after.h * (w2New - p.w2), 12);
      expect(run('u7-perdida-tras-paso', seed).answer).toBeCloseTo(after.loss, 12);
      expect(v.dropEstimate).toBeCloseTo(v.eta! * chain(p).gW2 ** 2, 12);
      expect(v.lossAfter).toBeLessThan(v.loss!);
    }
  });

  it('update w₁ alone and compare the new ŷ with its straight-line estimate', () => {
    for (const seed of SEEDS) {
      const { variables: v, answer } = run('u7-prediccion-tras-paso', seed);
      const p = params(v);
      const c = chain(p);
      const w1New = p.w1 - v.eta! * c.gW1;
      expect(v.dyhatDw1).toBeCloseTo(p.w2 * c.h * (1 - c.h) * p.x, 12);
      expect(answer).toBeCloseTo(chain({ ...p, w1: w1New }).yhat, 12);
      expect(v.yhatEstimate).toBeCloseTo(c.yhat + p.w2 * c.h * (1 - c.h) * p.x * (w1New - p.w1), 12);
    }
  });

  it('move every parameter at once, one step and three steps', () => {
    for (const seed of SEEDS) {
      const one = run('u7-paso-conjunto', seed);
      const p = params(one.variables);
      const eta = one.variables.eta!;
      const next = jointStep(p, eta);
      expect(one.variables.w1New).toBeCloseTo(next.w1, 12);
      expect(one.variables.b2New).toBeCloseTo(next.b2, 12);
      expect(one.answer).toBeCloseTo(chain(next).loss, 12);
      expect(one.variables.lossOnlyW2).toBeCloseTo(chain({ ...p, w2: next.w2 }).loss, 12);

      const several = run('u7-varios-pasos', seed);
      let q = p;
      for (let k = 0; k <= 3; k++) {
        expect(several.variables[`loss${k}`]).toBeCloseTo(chain(q).loss, 12);
        expect(several.variables[`w2_${k}`]).toBeCloseTo(q.w2, 12);
        q = jointStep(q, eta);
      }
      expect(several.answer).toBe(several.variables.loss3);
    }
  });

  it('find the stability limit of w₂ and show a calm and a wild rate on each side of it', () => {
    for (const seed of SEEDS) {
      const { variables: v, answer } = run('u7-estabilidad', seed);
      const h = chain(params(v)).h;
      expect(answer).toBeCloseTo(2 / (h * h), 10);
      expect(v.etaCalm).toBeLessThan(answer);
      expect(v.etaWild).toBeGreaterThan(answer);
      for (const [rate, name] of [[v.etaCalm!, 'Calm'], [v.etaWild!, 'Wild']] as const) {
        let e = chain(params(v)).yhat - v.y!;
        for (let k = 0; k <= 4; k++) {
          expect(v[`error${name}${k}`]).toBeCloseTo(e, 9);
          e *= 1 - rate * h * h;
        }
      }
      expect(Math.abs(v.errorWild4!)).toBeGreaterThan(Math.abs(v.errorWild0!));
      expect(Math.abs(v.errorCalm4!)).toBeLessThan(Math.abs(v.errorCalm0!));
    }
  });
});

