import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parameterCount } from '@/app/ui/lab/model/lab-state';
import { decodeSearchParams, encodeLabConfig } from '@/app/ui/lab/model/url-state';
import { encodeWeights } from '@/app/ui/lab/model/weights-codec';

const decode = (query: string) => decodeSearchParams(new URLSearchParams(query));

describe('lab state in the URL', () => {
  it('round-trips every setting and the seed', () => {
    const settings = { ...DEFAULT_SETTINGS, dataset: 'spiral' as const, noise: 25, trainPct: 70, batchSize: 3, features: ['x1' as const, 'sinX2' as const], hidden: [8, 8, 3], activation: 'relu' as const, learningRate: 0.3, regularization: 'l2' as const, regRate: 0.003, init: 'he' as const, loss: 'bce' as const, seed: 4242 };
    const back = decode(encodeLabConfig({ settings, hidden: ['datos'], preset: null }));
    expect(back.settings).toEqual(settings);
    expect(back.hidden).toEqual(['datos']);
    expect(back.notices).toEqual([]);
  });

  it('round-trips trained weights and the epoch exactly (as float32)', () => {
    const n = parameterCount(DEFAULT_SETTINGS);
    const weights = Float32Array.from({ length: n }, (_, i) => Math.sin(i) * 3);
    const back = decode(encodeLabConfig({ settings: DEFAULT_SETTINGS, hidden: [], preset: null }, { weights, epoch: 37 }));
    expect(back.snapshot?.epoch).toBe(37);
    expect(Array.from(back.snapshot!.weights)).toEqual(Array.from(weights));
  });

  it('an empty query is the default lab without notices', () => {
    const c = decode('');
    expect(c.settings).toEqual(DEFAULT_SETTINGS);
    expect(c.notices).toEqual([]);
    expect(c.snapshot).toBeNull();
  });

  it('regression datasets force the regression problem and squared error', () => {
    const c = decode('datos=plane&perdida=bce');
    expect(c.settings.problem).toBe('regression');
    expect(c.settings.loss).toBe('mse');
  });
});

describe('bad links fall back to the nearest valid state with a Spanish notice', () => {
  it('unknown dataset', () => {
    const c = decode('datos=luna');
    expect(c.settings.dataset).toBe('circle');
    expect(c.notices.join(' ')).toMatch(/El conjunto de datos «luna» no existe/);
  });

  it('50 hidden layers are cut to 6, oversized layers clamped to 8', () => {
    const c = decode(`capas=${Array(50).fill(4).join(',')}`);
    expect(c.settings.hidden).toEqual([4, 4, 4, 4, 4, 4]);
    expect(c.notices.join(' ')).toMatch(/Como mucho caben 6 capas/);
    expect(decode('capas=3,99').settings.hidden).toEqual([3, 8]);
    expect(decode('capas=0').settings.hidden).toEqual([]);
  });

  it('out-of-range and non-numeric numbers', () => {
    const c = decode('ruido=900&lote=abc&entrenamiento=-5&semilla=1e99');
    expect(c.settings.noise).toBe(50);
    expect(c.settings.batchSize).toBe(DEFAULT_SETTINGS.batchSize);
    expect(c.settings.trainPct).toBe(10);
    expect(c.notices.length).toBeGreaterThanOrEqual(3);
  });

  it('learning rates snap to the nearest offered value', () => {
    expect(decode('tasa=0.02').settings.learningRate).toBe(0.03);
    expect(decode('tasa=1000').settings.learningRate).toBe(10);
    expect(decode('tasa=NaN').settings.learningRate).toBe(DEFAULT_SETTINGS.learningRate);
  });

  it('NaN in a weight, a truncated weights parameter and garbage are rejected', () => {
    const n = parameterCount(DEFAULT_SETTINGS);
    const withNaN = Float32Array.from({ length: n }, () => 0.5);
    withNaN[3] = Number.NaN;
    const nan = decode(`pesos=${encodeWeights(withNaN)}`);
    expect(nan.snapshot).toBeNull();
    expect(nan.notices.join(' ')).toMatch(/NaN/);
    const good = encodeWeights(new Float32Array(n));
    expect(decode(`pesos=${good.slice(0, -7)}`).snapshot).toBeNull();
    expect(decode(`pesos=${good.slice(0, -7)}`).notices.join(' ')).toMatch(/no encajan con la arquitectura/);
    expect(decode('pesos=%%%%').snapshot).toBeNull();
    expect(decode(`pesos=${'A'.repeat(10_000)}`).snapshot).toBeNull();
  });

  it('unknown features, activations, presets and hidden panels', () => {
    const c = decode('entradas=x3,x1&activacion=swish&preset=nada&ocultar=datos,magia');
    expect(c.settings.features).toEqual(['x1']);
    expect(c.settings.activation).toBe('tanh');
    expect(c.preset).toBeNull();
    expect(c.hidden).toEqual(['datos']);
    expect(c.notices).toHaveLength(4);
    expect(decode('entradas=zzz').settings.features).toEqual(['x1', 'x2']);
  });
});
