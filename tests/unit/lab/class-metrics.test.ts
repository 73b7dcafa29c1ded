import { describe, expect, it } from 'vitest';
import { classMetrics } from '@/app/ui/lab/model/class-metrics';
import { LabSession } from '@/app/ui/lab/model/lab-session';
import { DEFAULT_SETTINGS } from '@/app/ui/lab/model/lab-state';

describe('classification metrics', () => {
  it('counts every row once and the diagonal is the accuracy, for both label conventions', () => {
    for (const loss of ['mse', 'bce'] as const) {
      const s = new LabSession({ ...DEFAULT_SETTINGS, loss, learningRate: 0.1 });
      while (s.epoch < 5) s.trainOneBatch();
      const e = s.evaluate();
      for (const [m, rows] of [
        [e.train!, s.data.train.length],
        [e.test!, s.data.test.length],
      ] as const) {
        const [[tn, fp], [fn, tp]] = m.confusion as [[number, number], [number, number]];
        expect(tn + fp + fn + tp).toBe(rows);
        expect(m.accuracy).toBeCloseTo((tn + tp) / rows, 12);
      }
      // Rows of the matrix are the true classes: their sums are the label counts.
      const positives = s.data.train.filter((p) => p.y === 1).length;
      expect(e.train!.confusion[1]![0]! + e.train!.confusion[1]![1]!).toBe(positives);
    }
  });

  it('reads outputs against the threshold: a network that always says +1 puts everything in column 1', () => {
    const s = new LabSession(DEFAULT_SETTINGS);
    const out = s.net.layers[s.net.layers.length - 1]!;
    out.W.fill(0);
    out.b[0] = 3;
    s.net.weightsChanged();
    const m = classMetrics(s.net, s.data.trainX, s.data.trainY, 0)!;
    expect(m.confusion[0]![0]).toBe(0);
    expect(m.confusion[1]![0]).toBe(0);
    expect(m.confusion[0]![1]! + m.confusion[1]![1]!).toBe(s.data.train.length);
  });

  it('regression has no class metrics, an empty set has none either', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, dataset: 'plane', problem: 'regression' });
    expect(s.evaluate().train).toBeNull();
    expect(classMetrics(s.net, new Float64Array(0), new Float64Array(0), 0)).toBeNull();
  });
});
