import { describe, expect, it } from 'vitest';
import { createNetwork, networkFromJson, networkToJson, Rng } from '@/lib/engine';

describe('Rng', () => {
  it('gives the same sequence for the same seed and different ones for different seeds', () => {
    const a = new Rng(123);
    const b = new Rng(123);
    const c = new Rng(124);
    const seqA = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(seqA);
    expect(new Rng(2 ** 40).next()).not.toBe(new Rng(0).next());
  });

  it('round-trips its state through JSON and continues the same sequence', () => {
    const rng = new Rng(7);
    for (let i = 0; i < 5; i++) rng.normal();
    const state = JSON.parse(JSON.stringify(rng.getState()));
    const copy = Rng.fromState(state);
    expect(Array.from({ length: 10 }, () => copy.next())).toEqual(Array.from({ length: 10 }, () => rng.next()));
    const other = new Rng(99);
    other.setState(rng.getState());
    expect(other.nextUint32()).toBe(rng.nextUint32());
  });

  it('has the distributions it claims', () => {
    const rng = new Rng(5);
    const n = 20_000;
    const u = Array.from({ length: n }, () => rng.next());
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    expect(Math.abs(u.reduce((s, x) => s + x, 0) / n - 0.5)).toBeLessThan(0.01);
    const g = Array.from({ length: n }, () => rng.normal(2, 3));
    const mean = g.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(g.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
    expect(Math.abs(mean - 2)).toBeLessThan(0.1);
    expect(Math.abs(sd - 3)).toBeLessThan(0.1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[rng.int(3)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(900);
    const items = [1, 2, 3, 4, 5, 6];
    expect([...rng.shuffle([...items])].sort()).toEqual(items);
  });
});

describe('networks are reproducible', () => {
  it('the same seed gives identical weights; another seed does not', () => {
    const spec = { sizes: [3, 4, 2], init: 'he' as const, seed: 42 };
    const w = (seed: number) => createNetwork({ ...spec, seed }).layers.flatMap((l) => [...l.W]);
    expect(w(42)).toEqual(w(42));
    expect(w(43)).not.toEqual(w(42));
  });

  it('round-trips through JSON text exactly, including momentum, and trains on identically', () => {
    const net = createNetwork({ sizes: [2, 5, 3], hidden: 'leakyRelu', loss: 'softmaxCrossEntropy', seed: 3, leakyReluAlpha: 0.2 });
    const xs = [[0.5, -1], [2, 0.25], [-1, -1]];
    const ys = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
    net.trainBatch(xs, ys, { learningRate: 0.1, momentum: 0.9 });
    const copy = networkFromJson(JSON.stringify(networkToJson(net)));
    expect(networkToJson(copy)).toEqual(networkToJson(net));
    expect(copy.leakyReluAlpha).toBe(0.2);
    for (let i = 0; i < 3; i++) {
      net.trainBatch(xs, ys, { learningRate: 0.1, momentum: 0.9 });
      copy.trainBatch(xs, ys, { learningRate: 0.1, momentum: 0.9 });
    }
    expect(networkToJson(copy)).toEqual(networkToJson(net));
  });
});
