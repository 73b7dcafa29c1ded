import { describe, expect, it } from 'vitest';
import { allParams, meanLoss } from '@/lib/engine';
import { flatWeights } from '@/app/ui/lab/model/flat-weights';
import { LANDSCAPE_STEPS, labLandscape, paramValue } from '@/app/ui/lab/model/landscape';
import { LabSession } from '@/app/ui/lab/model/lab-session';
import { DEFAULT_SETTINGS } from '@/app/ui/lab/model/lab-state';
import { WeightTrail, flatIndex } from '@/app/ui/lab/model/weight-trail';

describe('loss landscape of two weights', () => {
  const s = new LabSession({ ...DEFAULT_SETTINGS, dataset: 'gauss', hidden: [], trainPct: 30 });
  const p1 = { layer: 0, kind: 'W' as const, index: 0 };
  const p2 = { layer: 0, kind: 'b' as const, index: 0 };

  it('is a square grid centred on the current weights, and leaves them alone', () => {
    const before = flatWeights(s.net);
    const land = labLandscape(s.net, s.data.trainX, s.data.trainY, p1, p2, 2);
    expect(land.values1).toHaveLength(LANDSCAPE_STEPS);
    expect(land.losses).toHaveLength(LANDSCAPE_STEPS ** 2);
    expect(land.values1[0]).toBeCloseTo(paramValue(s.net, p1) - 2, 12);
    expect(land.values2[LANDSCAPE_STEPS - 1]).toBeCloseTo(paramValue(s.net, p2) + 2, 12);
    expect(land.current).toEqual([paramValue(s.net, p1), paramValue(s.net, p2)]);
    expect(Array.from(flatWeights(s.net))).toEqual(Array.from(before));
  });

  it('each cell is the mean loss with those two weights set (the sample is the whole set when it is small)', () => {
    const land = labLandscape(s.net, s.data.trainX, s.data.trainY, p1, p2, 2);
    expect(land.currentLoss).toBe(meanLoss(s.net, s.data.trainX, s.data.trainY));
    const layer = s.net.layers[0]!;
    const saved = [layer.W[0]!, layer.b[0]!];
    layer.W[0] = land.values1[3]!;
    layer.b[0] = land.values2[7]!;
    expect(land.losses[7 * LANDSCAPE_STEPS + 3]).toBe(meanLoss(s.net, s.data.trainX, s.data.trainY));
    [layer.W[0], layer.b[0]] = saved as [number, number];
    expect(land.best.loss).toBe(Math.min(...land.losses));
    expect(land.best.loss).toBeLessThanOrEqual(land.currentLoss);
  });
});

describe('training path on the landscape', () => {
  it('flat indices follow flatWeights order: per layer W then b', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, hidden: [3] });
    const flat = flatWeights(s.net);
    for (const p of allParams(s.net)) expect(flat[flatIndex(s.net, p)]).toBe(Math.fround(paramValue(s.net, p)));
  });

  it('records one snapshot per epoch and halves itself when full, keeping the whole run', () => {
    const trail = new WeightTrail(4);
    for (let epoch = 0; epoch < 6; epoch++) {
      trail.push(epoch, Float32Array.of(epoch, -epoch));
      trail.push(epoch, Float32Array.of(99, 99));
    }
    expect(trail.path(0, 1)).toEqual([
      [0, -0],
      [2, -2],
      [4, -4],
      [5, -5],
    ]);
  });

  it('a session’s trail follows training epoch by epoch', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, learningRate: 0.3 });
    for (let epoch = 0; epoch < 3; epoch++) {
      s.record(s.evaluate());
      while (s.epoch === epoch) s.trainOneBatch();
    }
    s.record(s.evaluate());
    const path = s.trail.path(0, 1);
    expect(path).toHaveLength(4);
    expect(path[3]).toEqual([Math.fround(s.net.layers[0]!.W[0]!), Math.fround(s.net.layers[0]!.W[1]!)]);
    expect(path[0]).not.toEqual(path[3]);
  });
});
