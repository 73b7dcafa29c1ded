import { describe, expect, it } from 'vitest';
import { flatWeights } from '@/app/ui/lab/model/flat-weights';
import { GRAD_CHECK_ROWS, checkLabGradients, gradVerdict } from '@/app/ui/lab/model/grad-check';
import { LabSession } from '@/app/ui/lab/model/lab-session';
import { DEFAULT_SETTINGS, parameterCount } from '@/app/ui/lab/model/lab-state';

describe('«Comprobar gradientes»', () => {
  it('gives verdicts by the largest relative error', () => {
    expect(gradVerdict(3e-10)).toBe('correcto');
    expect(gradVerdict(2e-6)).toBe('dudoso');
    expect(gradVerdict(5e-2)).toBe('incorrecto');
    expect(gradVerdict(Number.NaN)).toBe('incorrecto');
  });

  it('finds backprop correct on every parameter of a trained tanh network and leaves the lab untouched', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, hidden: [4, 3], learningRate: 0.1 });
    while (s.epoch < 3) s.trainOneBatch();
    const before = flatWeights(s.net);
    const r = checkLabGradients(s.net, s.data.trainX, s.data.trainY, s.settings.features);
    expect(r.verdict).toBe('correcto');
    expect(r.maxRelativeError).toBeLessThan(1e-6);
    expect(r.checked).toBe(parameterCount(s.settings));
    expect(r.rows).toBe(GRAD_CHECK_ROWS);
    expect(r.worst?.name).toMatch(/^[wb] de /);
    expect(Array.from(flatWeights(s.net))).toEqual(Array.from(before));
  });

  it('with ReLU and cross-entropy, parameters at a kink are skipped and the rest are correct', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, activation: 'relu', loss: 'bce', hidden: [6] });
    const r = checkLabGradients(s.net, s.data.trainX, s.data.trainY, s.settings.features);
    expect(r.checked + r.skipped).toBe(parameterCount(s.settings));
    expect(r.verdict).toBe('correcto');
  });
});

describe('«Comprobar gradientes» on the largest network', () => {
  it('a 6 × 8 sigmoid network with seven inputs (tiny, vanishing gradients) is still judged correct', () => {
    const features = ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2'] as const;
    const s = new LabSession({ ...DEFAULT_SETTINGS, features: [...features], hidden: [8, 8, 8, 8, 8, 8], activation: 'sigmoid', seed: 3 });
    const r = checkLabGradients(s.net, s.data.trainX, s.data.trainY, s.settings.features);
    expect(r.maxRelativeError).toBeLessThan(1e-6);
    expect(r.verdict).toBe('correcto');
  });
});
