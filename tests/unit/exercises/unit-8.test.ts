import { describe, expect, it } from 'vitest';
import { unitEightExercises } from '@/lib/exercises/unit-8';

const SEEDS = Array.from({ length: 25 }, (_, k) => k + 1);
const vars = (name: string, seed: number) => unitEightExercises[name]!(seed).variables;
const answer = (name: string, seed: number) => unitEightExercises[name]!(seed).answer;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const onGrid = (v: number, decimals: number) => expect(Math.abs(v * 10 ** decimals - Math.round(v * 10 ** decimals))).toBeLessThan(1e-9);

/** Plain-Math forward pass of a one-neuron-per-layer chain a_l = f(w_l·a_{l−1}). */
function chainForward(x: number, weights: number[], f: (z: number) => number): number[] {
  const a: number[] = [];
  let prev = x;
  for (const w of weights) a.push((prev = f(w * prev)));
  return a;
}

describe('Unit 8 exercises, recomputed with plain Math', () => {
  it('u8-norma-capa: ‖δ·aᵀ‖ from its four entries', () => {
    for (const seed of SEEDS) {
      const v = vars('u8-norma-capa', seed);
      [v.a1!, v.a2!].forEach((a) => onGrid(a, 1));
      expect(v.g12).toBeCloseTo(v.d1! * v.a2!, 12);
      const entries = [v.d1! * v.a1!, v.d1! * v.a2!, v.d2! * v.a1!, v.d2! * v.a2!];
      expect(answer('u8-norma-capa', seed)).toBeCloseTo(Math.hypot(...entries), 12);
    }
  });

  it('u8-cadena-sigmoide: activations, slopes and loss of the chain', () => {
    for (const seed of SEEDS) {
      const v = vars('u8-cadena-sigmoide', seed);
      const weights = [v.w1!, v.w2!, v.w3!, v.w4!];
      weights.forEach((w) => onGrid(w, 1));
      const a = chainForward(v.x!, weights, sigmoid);
      a.forEach((ak, k) => expect(v[`a${k + 1}`]).toBeCloseTo(ak, 12));
      expect(v.s2).toBeCloseTo(a[1]! * (1 - a[1]!), 12);
      expect(v.loss).toBeCloseTo(0.5 * (a[3]! - v.y!) ** 2, 12);
      expect(answer('u8-cadena-sigmoide', seed)).toBeCloseTo(a[3]! * (1 - a[3]!), 12);
    }
  });

  it('u8-producto-derivadas: δ₁/δ₄ is the product of the factors w·σ′ and stays under the 0,25 bound', () => {
    for (const seed of SEEDS) {
      const chain = vars('u8-cadena-sigmoide', seed);
      const v = vars('u8-producto-derivadas', seed);
      const a = chainForward(chain.x!, [chain.w1!, chain.w2!, chain.w3!, chain.w4!], sigmoid);
      const s = a.map((ak) => ak * (1 - ak));
      const f = [chain.w2! * s[0]!, chain.w3! * s[1]!, chain.w4! * s[2]!];
      expect(v.f3).toBeCloseTo(f[1]!, 12);
      const d4 = (a[3]! - chain.y!) * s[3]!;
      expect(v.d4).toBeCloseTo(d4, 12);
      expect(v.d1).toBeCloseTo(d4 * f[0]! * f[1]! * f[2]!, 12);
      expect(answer('u8-producto-derivadas', seed)).toBeCloseTo(f[0]! * f[1]! * f[2]!, 12);
      expect(answer('u8-producto-derivadas', seed)).toBeLessThanOrEqual(v.bound!);
      expect(v.g1).toBeCloseTo(v.d1! * chain.x!, 12);
    }
  });

  it('u8-cadena-explota: with active ReLUs, δ₁/δ₄ = w₂·w₃·w₄ > 1', () => {
    for (const seed of SEEDS) {
      const v = vars('u8-cadena-explota', seed);
      const weights = [v.w1!, v.w2!, v.w3!, v.w4!];
      const yhat = chainForward(v.x!, weights, (z) => Math.max(0, z))[3]!;
      expect(v.yhat).toBeCloseTo(yhat, 12);
      expect(v.d4).toBeCloseTo(yhat - v.y!, 12);
      expect(answer('u8-cadena-explota', seed)).toBeCloseTo(v.w2! * v.w3! * v.w4!, 12);
      expect(answer('u8-cadena-explota', seed)).toBeGreaterThan(1);
    }
  });

  it('u8-razon-actualizacion: ‖ΔW‖/‖W‖ = η‖δ‖‖a‖/‖W‖ for one SGD step', () => {
    const ratios: number[] = [];
    for (const seed of SEEDS) {
      const v = vars('u8-razon-actualizacion', seed);
      const weightNorm = Math.hypot(v.w11!, v.w12!, v.w21!, v.w22!);
      const gradNorm = Math.hypot(v.d1!, v.d2!) * Math.hypot(v.a1!, v.a2!);
      expect(v.gradNorm).toBeCloseTo(gradNorm, 12);
      ratios.push(answer('u8-razon-actualizacion', seed));
      expect(ratios.at(-1)).toBeCloseTo((v.eta! * gradNorm) / weightNorm, 12);
    }
    // Some seeds show a healthy step and some a warning-sized one.
    expect(Math.min(...ratios)).toBeLessThan(0.1);
    expect(Math.max(...ratios)).toBeGreaterThan(0.5);
  });
});

describe('Unit 8 exercise u8-tres-capas', () => {
  it('is f³ for a factor on a 0,01 grid', () => {
    for (const seed of SEEDS) {
      const { f } = vars('u8-tres-capas', seed);
      onGrid(f!, 2);
      expect(answer('u8-tres-capas', seed)).toBeCloseTo(f! ** 3, 12);
    }
  });
});
