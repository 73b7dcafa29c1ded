import { describe, expect, it } from 'vitest';
import { Value, value } from '@/lib/engine/scalar/value';

describe('Value (scalar autograd)', () => {
  it("reproduces micrograd's test_sanity_check: y = −20, dy/dx = 46", () => {
    const x = value(-4);
    const z = x.mul(2).add(2).add(x);
    const q = z.relu().add(z.mul(x));
    const h = z.mul(z).relu();
    const y = h.add(q).add(q.mul(x));
    y.backward();
    expect(y.data).toBe(-20);
    expect(x.grad).toBe(46);
  });

  it("reproduces micrograd's test_more_ops (PyTorch reference values)", () => {
    const a = value(-4);
    const b = value(2);
    let c = a.add(b);
    let d = a.mul(b).add(b.pow(3));
    c = c.add(c.add(1));
    c = c.add(value(1).add(c).add(a.neg()));
    d = d.add(d.mul(2).add(b.add(a).relu()));
    d = d.add(d.mul(3).add(b.sub(a).relu()));
    const e = c.sub(d);
    const f = e.pow(2);
    let g = f.div(2);
    g = g.add(value(10).div(f));
    g.backward();
    expect(Math.abs(g.data - 24.70408163265306)).toBeLessThan(1e-6);
    expect(Math.abs(a.grad - 138.83381924198252)).toBeLessThan(1e-6);
    expect(Math.abs(b.grad - 645.5772594752186)).toBeLessThan(1e-6);
  });

  const h = 1e-6;
  const cases: [string, (v: Value) => Value, (x: number) => number, number[]][] = [
    ['add', (v) => v.add(3), (x) => x + 3, [-2, 0.5]],
    ['sub', (v) => value(1.5).sub(v), (x) => 1.5 - x, [-2, 0.5]],
    ['mul', (v) => v.mul(v), (x) => x * x, [-2, 0.5]],
    ['div', (v) => value(3).div(v), (x) => 3 / x, [-2, 0.5]],
    ['neg', (v) => v.neg(), (x) => -x, [-2, 0.5]],
    ['pow', (v) => v.pow(3), (x) => x ** 3, [-2, 0.5]],
    ['pow (fraction)', (v) => v.pow(0.5), (x) => Math.sqrt(x), [0.3, 2]],
    ['exp', (v) => v.exp(), Math.exp, [-2, 0.5]],
    ['log', (v) => v.log(), Math.log, [0.3, 2]],
    ['tanh', (v) => v.tanh(), Math.tanh, [-2, 0.5]],
    ['sigmoid', (v) => v.sigmoid(), (x) => 1 / (1 + Math.exp(-x)), [-2, 0.5]],
    ['relu', (v) => v.relu(), (x) => Math.max(0, x), [-2, 0.5]],
    ['leakyRelu', (v) => v.leakyRelu(0.1), (x) => (x < 0 ? 0.1 * x : x), [-2, 0.5]],
  ];
  it.each(cases)('%s: value matches and gradient matches central differences', (_, op, f, points) => {
    for (const x0 of points) {
      const x = value(x0);
      const y = op(x);
      y.backward();
      expect(y.data).toBeCloseTo(f(x0), 12);
      const numeric = (f(x0 + h) - f(x0 - h)) / (2 * h);
      expect(Math.abs(x.grad - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
    }
  });

  it('accepts numbers on either side and stores local derivatives on the node', () => {
    const a = value(3, 'a');
    const y = a.mul(4).sub(1).div(2);
    expect(y.data).toBe(5.5);
    expect(y.op).toBe('div');
    expect(y.local).toEqual([0.5, -11 / 4]);
    expect(y.parents[1]!.op).toBe('const');
  });

  it('resets grads before each backward by default, and accumulates on request', () => {
    const a = value(2);
    const y = a.mul(a);
    y.backward();
    y.backward();
    expect(a.grad).toBe(4);
    y.backward({ accumulate: true });
    expect(a.grad).toBe(8);
  });

  it('handles graphs deeper than the call stack', () => {
    let x = value(1);
    const start = x;
    for (let i = 0; i < 50_000; i++) x = x.add(1);
    x.backward();
    expect(x.data).toBe(50_001);
    expect(start.grad).toBe(1);
  });
});
