import { describe, expect, it } from 'vitest';
import { createNetwork, makeDataset } from '@/lib/engine';
import { parseDepthProps } from '@/app/ui/viz/normas-por-capa/depth-config';
import { BATCH, DepthRun, LEARNING_RATE, POINTS, STEPS, WIDTH } from '@/app/ui/viz/normas-por-capa/depth-run';
import { layerColors } from '@/app/ui/viz/normas-por-capa/layer-colors';
import { powerOfTenLabel } from '@/app/ui/viz/normas-por-capa/norms-chart-options';
import { statusText } from '@/app/ui/viz/normas-por-capa/status-text';
import { SignHistory, warningSigns } from '@/app/ui/viz/normas-por-capa/warning-signs';

describe('NormasPorCapa props', () => {
  it('reads the documented props', () => {
    expect(parseDepthProps({ capas: '10', activacion: 'relu', escala: 'grande', semilla: '3' })).toEqual({ depth: 10, activation: 'relu', scale: 'grande', seed: 3 });
  });

  it('falls back to 5 sigmoid layers, normal weights and seed 8 on bad props', () => {
    expect(parseDepthProps({ capas: '7', activacion: 'softmax', escala: 'enorme', semilla: 'x' })).toEqual({ depth: 5, activation: 'sigmoid', scale: 'normal', seed: 8 });
  });
});

describe('DepthRun', () => {
  it("records the engine's per-layer gradient norms of an identical network trained batch by batch", () => {
    const run = new DepthRun({ depth: 5, activation: 'tanh', scale: 'normal', seed: 4 });
    run.run(7);
    const net = createNetwork({ sizes: [2, WIDTH, WIDTH, WIDTH, WIDTH, 1], hidden: 'tanh', output: 'linear', loss: 'mse', init: 'xavier', seed: 4 });
    const points = makeDataset({ kind: 'circle', n: POINTS, seed: 4, labels: 'plusMinusOne' }).points;
    const xs = Float64Array.from(points.flatMap((p) => [p.x1 / 5, p.x2 / 5]));
    const ys = Float64Array.from(points, (p) => p.y);
    for (let t = 0; t < 7; t++) {
      const before = net.stats().map((s) => s.weightNorm);
      // Batches wrap around the data: update 5 starts again at the first point.
      const report = net.trainBatch(xs, ys, { learningRate: LEARNING_RATE, start: (t * BATCH) % POINTS, count: BATCH });
      expect(run.losses[t]).toBeCloseTo(report.loss, 12);
      net.stats().forEach((s, l) => {
        expect(run.normsAt(t)[l]).toBeCloseTo(s.gradientNormW, 12);
        expect(run.ratiosAt(t)[l]).toBeCloseTo((LEARNING_RATE * s.gradientNormW) / before[l]!, 12);
      });
    }
  });

  it('shows vanishing gradients in a deep sigmoid network: the first layer orders of magnitude under the last', () => {
    const run = new DepthRun({ depth: 10, activation: 'sigmoid', scale: 'normal', seed: 8 });
    run.run(1);
    const norms = run.normsAt();
    expect(norms[0]! / norms[9]!).toBeLessThan(1e-4);
    expect(warningSigns(run).vanishing).toBe(true);
  });

  it('keeps a shallow tanh network free of warning signs while it learns', () => {
    const run = new DepthRun({ depth: 2, activation: 'tanh', scale: 'normal', seed: 8 });
    run.run(STEPS);
    const signs = warningSigns(run);
    expect(run.losses[STEPS - 1]).toBeLessThan(run.losses[0]!);
    expect([signs.flatLoss, signs.nonFinite, signs.hugeUpdate, signs.vanishing]).toEqual([false, false, false, false]);
  });

  it('flags huge updates and then stops on NaN/Infinity when large ReLU weights explode', () => {
    const run = new DepthRun({ depth: 10, activation: 'relu', scale: 'grande', seed: 8 });
    run.run(1);
    expect(warningSigns(run).hugeUpdate).toBe(true);
    run.run(STEPS);
    expect(run.divergence).not.toBeNull();
    expect(run.finished).toBe(true);
    expect(warningSigns(run).nonFinite).toBe(true);
    const history = new SignHistory();
    history.observe(run);
    expect(statusText(run, warningSigns(run), history.firstSeen)).toMatch(/detenido por el motor.*NaN o infinito/);
  });

  it('flags a flat loss when a deep sigmoid network stops learning', () => {
    const run = new DepthRun({ depth: 10, activation: 'sigmoid', scale: 'normal', seed: 8 });
    run.run(STEPS);
    expect(warningSigns(run).flatLoss).toBe(true);
  });
});

describe('NormasPorCapa drawing helpers', () => {
  it('labels only exact powers of ten on the log axis', () => {
    expect(powerOfTenLabel(1e-4)).toBe('10⁻⁴');
    expect(powerOfTenLabel(100)).toBe('10²');
    expect(powerOfTenLabel(1)).toBe('10⁰');
    expect(powerOfTenLabel(3e-4)).toBe('');
  });

  it('gives each layer its own colour', () => {
    expect(new Set(layerColors(10, false)).size).toBe(10);
    expect(layerColors(1, true)).toHaveLength(1);
  });
});

describe('NormasPorCapa smoothing', () => {
  it('draws the mean of each layer over the last pass of five updates', () => {
    const run = new DepthRun({ depth: 2, activation: 'relu', scale: 'normal', seed: 2 });
    run.run(12);
    const mean = (l: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => run.normsAt(from + k)[l]!).reduce((a, b) => a + b) / (to - from + 1);
    expect(run.passMeanNormsAt(11)[1]).toBeCloseTo(mean(1, 7, 11), 12);
    expect(run.passMeanNormsAt(2)[0]).toBeCloseTo(mean(0, 0, 2), 12);
  });
});

describe('SignHistory', () => {
  it('remembers a sign that lit up and went dark: an explosion that kills every ReLU unit', () => {
    const run = new DepthRun({ depth: 5, activation: 'relu', scale: 'grande', seed: 8 });
    const history = new SignHistory();
    for (let t = 0; t < 20; t++) {
      run.run(1);
      history.observe(run);
    }
    expect(history.firstSeen.hugeUpdate).toBe(1);
    expect(warningSigns(run).hugeUpdate).toBe(false);
    expect(statusText(run, warningSigns(run), history.firstSeen)).toContain('Se encendieron antes: actualizaciones enormes (paso 1)');
  });
});
