import { describe, expect, it } from 'vitest';
import { DATASET_KINDS, EngineError, featureTransform, makeDataset, splitTrainTest, toTrainingArrays } from '@/lib/engine';

describe('datasets', () => {
  it.each(DATASET_KINDS)('%s: n points, finite, seeded (same seed → same points, other seed → other points)', (kind) => {
    const a = makeDataset({ kind, n: 101, noise: 0.2, seed: 7 });
    expect(a.points).toHaveLength(101);
    expect(a.points.every((p) => [p.x1, p.x2, p.y].every(Number.isFinite))).toBe(true);
    expect(makeDataset({ kind, n: 101, noise: 0.2, seed: 7 }).points).toEqual(a.points);
    expect(makeDataset({ kind, n: 101, noise: 0.2, seed: 8 }).points).not.toEqual(a.points);
    expect(a.task).toBe(kind === 'plane' || kind === 'multigauss' ? 'regression' : 'classification');
  });

  it.each(['circle', 'gauss', 'spiral', 'moons'] as const)('%s: the two classes are balanced', (kind) => {
    const { points } = makeDataset({ kind, n: 200, noise: 0.3, seed: 1 });
    const ones = points.filter((p) => p.y === 1).length;
    expect(points.every((p) => p.y === 0 || p.y === 1)).toBe(true);
    if (kind === 'circle') expect(Math.abs(ones - 100)).toBeLessThan(30); // noise relabels near the border
    else expect(ones).toBe(100);
  });

  it('keeps the geometry of each set without noise', () => {
    for (const p of makeDataset({ kind: 'circle', n: 300, seed: 2 }).points) {
      const r = Math.sqrt(p.x1 ** 2 + p.x2 ** 2);
      expect(p.y === 1 ? r < 2.5 : r >= 3.5 && r < 5).toBe(true);
    }
    for (const p of makeDataset({ kind: 'xor', n: 300, seed: 2 }).points) expect(p.y).toBe(p.x1 * p.x2 >= 0 ? 1 : 0);
    for (const p of makeDataset({ kind: 'plane', n: 100, seed: 2 }).points) expect(p.y).toBeCloseTo((p.x1 + p.x2) / 10, 14);
    const gauss = makeDataset({ kind: 'gauss', n: 400, seed: 2 }).points;
    const mean = (cls: number) => gauss.filter((p) => p.y === cls).reduce((s, p) => s + p.x1 + p.x2, 0) / 400;
    expect(mean(1)).toBeCloseTo(2, 0);
    expect(mean(0)).toBeCloseTo(-2, 0);
    const mg = makeDataset({ kind: 'multigauss', n: 300, seed: 2 }).points;
    expect(mg.every((p) => p.y >= -1 && p.y <= 1)).toBe(true);
    expect(makeDataset({ kind: 'spiral', n: 10, labels: 'plusMinusOne' }).points.every((p) => p.y === 1 || p.y === -1)).toBe(true);
  });

  it('splits train/test with the requested sizes, without losing or repeating points', () => {
    const { points } = makeDataset({ kind: 'moons', n: 99, noise: 0.1, seed: 3 });
    const { train, test } = splitTrainTest(points, { testFraction: 0.3, seed: 4 });
    expect(train).toHaveLength(69);
    expect(test).toHaveLength(30);
    expect(new Set([...train, ...test])).toEqual(new Set(points));
    expect(splitTrainTest(points, { testFraction: 0.3, seed: 4 })).toEqual({ train, test });
  });

  it('computes the selected features, in order, and flat arrays for training', () => {
    const points = [{ x1: 2, x2: -3, y: 1 }];
    expect(featureTransform(points, ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2'])).toEqual([[2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)]]);
    expect(featureTransform(points, ['x1x2', 'x1'])).toEqual([[-6, 2]]);
    const arrays = toTrainingArrays(points, ['x2Squared']);
    expect([...arrays.X]).toEqual([9]);
    expect([...arrays.Y]).toEqual([1]);
    expect(() => featureTransform(points, [])).toThrow(EngineError);
  });

  it('rejects unknown kinds and bad options', () => {
    expect(() => makeDataset({ kind: 'swirl' as never })).toThrow(/UNKNOWN_DATASET: kind is "swirl"/);
    expect(() => makeDataset({ kind: 'xor', n: 0 })).toThrow(/n must be a positive integer/);
    expect(() => makeDataset({ kind: 'xor', noise: -1 })).toThrow(/noise/);
  });
});
