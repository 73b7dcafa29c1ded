import { describe, expect, it } from 'vitest';
import { activePolygon, boundarySegment } from '@/app/ui/viz/regiones-relu/half-plane';
import { parseReluProps } from '@/app/ui/viz/regiones-relu/relu-props';
import { GRID, PLANE, ReluRun } from '@/app/ui/viz/regiones-relu/relu-run';
import { describeChange, lineEquation, neuronList } from '@/app/ui/viz/regiones-relu/relu-text';

describe('RegionesRelu props', () => {
  it('has mode-dependent defaults and falls back on bad values', () => {
    expect(parseReluProps({})).toEqual({ mode: 'regiones', hidden: 4, activation: 'relu', eta: 0.3, seed: 1, pretrain: 300 });
    expect(parseReluProps({ modo: 'muertas', neuronas: '50', eta: 'mucho', activacion: 'sigmoid' })).toEqual({ mode: 'muertas', hidden: 8, activation: 'relu', eta: 10, seed: 4, pretrain: 0 });
    expect(parseReluProps({ modo: 'MUERTAS', activacion: 'leaky', eta: '1', semilla: '9' })).toMatchObject({ activation: 'leakyRelu', eta: 1, seed: 9 });
  });
});

describe('RegionesRelu model', () => {
  it('reads each neuron from the engine network and counts its active points with the engine forward', () => {
    const run = new ReluRun(parseReluProps({}));
    const snap = run.snapshot();
    const hidden = run.net.layers[0]!;
    snap.neurons.forEach((n, j) => {
      expect([n.w1, n.w2, n.b]).toEqual([hidden.W[2 * j], hidden.W[2 * j + 1], hidden.b[j]]);
      let active = 0;
      for (let k = 0; k < run.data.count; k++) {
        run.net.forward([run.data.xs[2 * k]!, run.data.xs[2 * k + 1]!]);
        if (hidden.z[j]! > 0) active++;
      }
      expect(n.activeCount).toBe(active);
    });
    expect(snap.epoch).toBe(300);
    expect(snap.loss).toBeLessThan(0.2);
    expect(snap.deadCount).toBe(0);
    expect(snap.output).toHaveLength(GRID * GRID);
    expect(snap.regions).toBeGreaterThan(4);
  });

  it('kills every neuron with η = 10 on the default seed, and leaky ReLU with the same weights brings most back', () => {
    const run = new ReluRun(parseReluProps({ modo: 'muertas' }));
    expect(run.snapshot().deadCount).toBe(0);
    run.train(20);
    const dead = run.snapshot();
    expect(dead.deadCount).toBe(8);
    const weights = dead.neurons.map((n) => [n.w1, n.w2, n.b]);
    run.setEta(0.3);
    run.train(100);
    expect(run.snapshot().neurons.map((n) => [n.w1, n.w2, n.b])).toEqual(weights);
    run.setActivation('leakyRelu');
    run.setEta(3);
    run.train(300);
    const revived = run.snapshot();
    expect(revived.activation).toBe('leakyRelu');
    expect(revived.deadCount).toBeLessThanOrEqual(2);
    expect(revived.loss).toBeLessThan(dead.loss);
    run.reset('relu');
    expect(run.snapshot()).toMatchObject({ epoch: 0, activation: 'relu', deadCount: 0 });
  });

  it('is deterministic for a seed', () => {
    const a = new ReluRun(parseReluProps({ semilla: '3' })).snapshot();
    const b = new ReluRun(parseReluProps({ semilla: '3' })).snapshot();
    expect(a).toEqual(b);
  });
});

describe('RegionesRelu geometry and text', () => {
  it('clips the square to the half-plane z > 0 and finds the line z = 0 inside it', () => {
    expect(activePolygon(1, 0, 0)).toEqual([[0, PLANE[0]], [PLANE[1], PLANE[0]], [PLANE[1], PLANE[1]], [0, PLANE[1]]]);
    expect(activePolygon(0, 0, -1)).toEqual([]);
    expect(activePolygon(0, 0, 1)).toHaveLength(4);
    expect(boundarySegment(1, 0, 0)).toEqual([[0, PLANE[0]], [0, PLANE[1]]]);
    expect(boundarySegment(1, 1, -10)).toBeNull();
  });

  it('writes lines and changes as a learner reads them', () => {
    expect(lineEquation({ w1: -1.06, w2: 2.44, b: -0.24, activeCount: 0, dead: true })).toBe('−1,06·x₁ + 2,44·x₂ − 0,24 = 0');
    expect(neuronList([0, 3, 4])).toBe('h₁, h₄ y h₅');
    const run = new ReluRun(parseReluProps({ modo: 'muertas' }));
    const before = run.snapshot();
    run.train(20);
    expect(describeChange(before, run.snapshot(), 40)).toMatch(/^Época 20: han muerto h₁, .* y h₈\./);
    expect(describeChange(before, before, 40)).toBe('');
  });
});
