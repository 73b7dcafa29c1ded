import { describe, expect, it } from 'vitest';
import { exp, expArray } from '@/lib/engine/math/exp';
import { log } from '@/lib/engine/math/log';
import { tanh, tanhArray } from '@/lib/engine/math/tanh';
import { cos, sin } from '@/lib/engine/math/trig';
import { pow } from '@/lib/engine/math/pow';
import { Rng } from '@/lib/engine/rng';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  return Number(buf.getBigInt64(0) - buf.getBigInt64(8) < 0n ? buf.getBigInt64(8) - buf.getBigInt64(0) : buf.getBigInt64(0) - buf.getBigInt64(8));
}

/** Arguments spread over many binades, both signs. */
function samples(count: number, maxExp: number, minExp: number, seed: number): number[] {
  const rng = new Rng(seed);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const e = minExp + rng.int(maxExp - minExp + 1);
    out.push((rng.next() < 0.5 ? -1 : 1) * (1 + rng.next()) * 2 ** e);
  }
  return out;
}

const SPECIALS = [0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324, 1, -1, 0.5, 709.7, 709.8, -745, -746, 708.5, -708.5, 22, -22];

describe('deterministic math (fdlibm ports)', () => {
  it('exp matches Math.exp bit for bit on V8, including specials and the wide range', () => {
    const xs = [...samples(20_000, 9, -30, 1), ...SPECIALS];
    for (const x of xs) expect(Object.is(exp(x), Math.exp(x)) || ulps(exp(x), Math.exp(x)) === 0, `exp(${x})`).toBe(true);
  });

  it('expArray equals the scalar exp and works in place', () => {
    const xs = Float64Array.from(samples(1000, 9, -30, 11));
    const out = new Float64Array(xs.length);
    expArray(xs, 0, out, 0, xs.length);
    xs.forEach((x, i) => expect(Object.is(out[i], exp(x))).toBe(true));
    expArray(xs, 0, xs, 0, xs.length);
    expect([...xs]).toEqual([...out]);
  });

  it('log matches Math.log bit for bit, including subnormals, zero and negatives', () => {
    const xs = [...samples(20_000, 1000, -1070, 2).map(Math.abs), ...SPECIALS, 1 + 2 ** -30, 1 - 2 ** -30];
    for (const x of xs) expect(Object.is(log(x), Math.log(x)), `log(${x})`).toBe(true);
  });

  it('tanh is within 2 ulp of Math.tanh, odd, saturating, and the scalar form equals the array form', () => {
    const xs = [...samples(20_000, 5, -60, 3), ...SPECIALS];
    const src = Float64Array.from(xs);
    const dst = new Float64Array(xs.length);
    tanhArray(src, 0, dst, 0, xs.length);
    let worst = 0;
    xs.forEach((x, i) => {
      expect(Object.is(tanh(x), dst[i])).toBe(true);
      expect(Object.is(tanh(-x), -dst[i]!)).toBe(true);
      if (Number.isFinite(x)) worst = Math.max(worst, ulps(dst[i]!, Math.tanh(x)));
    });
    expect(worst).toBeLessThanOrEqual(2);
    // Above 0.625 the inlined exp must be expArray's, bit for bit.
    for (const z of samples(5000, 8, -1, 9).map(Math.abs).filter((v) => v >= 0.625)) expect(tanh(z)).toBe(1 - 2 / (exp(2 * z) + 1));
    expect(tanh(1e-300)).toBe(1e-300);
    expect(tanh(400)).toBe(1);
    expect(tanh(-Infinity)).toBe(-1);
    expect(Number.isNaN(tanh(NaN))).toBe(true);
  });

  it('sin and cos are within 1 ulp of Math.sin / Math.cos and exact at 0', () => {
    const xs = samples(20_000, 15, -30, 4);
    let worst = 0;
    for (const x of xs) worst = Math.max(worst, ulps(sin(x), Math.sin(x)), ulps(cos(x), Math.cos(x)));
    expect(worst).toBeLessThanOrEqual(1);
    expect(sin(0)).toBe(0);
    expect(cos(0)).toBe(1);
    expect(Number.isNaN(sin(NaN))).toBe(true);
  });

  it('pow uses exact repeated squaring for integer exponents', () => {
    expect(pow(3, 4)).toBe(81);
    expect(pow(2, -3)).toBe(0.125);
    expect(pow(-1.5, 3)).toBe(-3.375);
    expect(pow(9, 0.5)).toBe(3);
    expect(pow(1.1, 2)).toBe(1.1 * 1.1);
    expect(pow(2, 1.5)).toBeCloseTo(Math.SQRT2 * 2, 15);
  });
});
