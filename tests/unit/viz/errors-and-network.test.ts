import { describe, expect, it } from 'vitest';
import { createNetwork, lossValue } from '@/lib/engine';
import { pointError, residuals, scatterData, seededTarget } from '@/app/ui/viz/model/error-distance';
import { formatNumber, subscript } from '@/app/ui/viz/model/format';
import { fromLogSlider, toLogSlider } from '@/app/ui/viz/model/log-scale';
import { buildNetwork, forwardSnapshot, maxAbsWeight } from '@/app/ui/viz/model/network-forward';
import { describeItem, diagramItems, hitTest, layoutNetwork, segmentDistance } from '@/app/ui/viz/model/network-layout';
import { Trainer } from '@/app/ui/viz/model/trainer';
import { TOY_DATASETS, toyDataset } from '@/app/ui/viz/model/toy-datasets';

describe('error as a distance', () => {
  it('gives e, |e| and e² of one prediction', () => {
    expect(pointError(1.5, -0.5)).toEqual({ e: 2, size: 2, squared: 4 });
    expect(pointError(-1, 0.5)).toEqual({ e: -1.5, size: 1.5, squared: 2.25 });
  });

  it('picks a seeded target on the line, to one decimal', () => {
    const y = seededTarget(3);
    expect(y).toBe(seededTarget(3));
    expect(Math.abs(y)).toBeLessThanOrEqual(2);
    expect(Math.round(y * 10)).toBeCloseTo(y * 10, 9);
  });

  it('has residual squares that add up to n times the mean the engine computes, and twice its ½-mse loss', () => {
    const data = scatterData(4);
    const r = residuals(data, 0.6, 1.1);
    const n = data.xs.length;
    const sumOfSquares = r.squared.reduce((s, q) => s + q, 0);
    expect(sumOfSquares / n).toBeCloseTo(r.mse, 12);
    const engineMean = Array.from(data.xs).reduce((s, x, i) => s + lossValue('mse', [0.6 * x + 1.1], [data.ys[i]!]), 0) / n;
    expect(r.mse).toBeCloseTo(2 * engineMean, 12);
    r.errors.forEach((e, i) => expect(e).toBeCloseTo(r.predictions[i]! - data.ys[i]!, 12));
  });

  it('keeps the scatter inside the drawn square [0, 5]²', () => {
    for (const seed of [1, 2, 3, 4, 5, 99]) {
      const { xs, ys } = scatterData(seed);
      for (let i = 0; i < xs.length; i++) {
        expect(xs[i]!).toBeGreaterThan(0);
        expect(xs[i]!).toBeLessThan(5);
        expect(ys[i]!).toBeGreaterThan(0);
        expect(ys[i]!).toBeLessThan(5);
      }
    }
  });
});

describe('network diagram', () => {
  it('shows the engine’s own weights and forward values', () => {
    const snapshot = forwardSnapshot(buildNetwork([2, 3, 1], 'tanh', 7), 'tanh', [0.5, -1]);
    const reference = createNetwork({ sizes: [2, 3, 1], activations: ['tanh', 'tanh'], seed: 7, init: 'xavier' });
    expect(Array.from(snapshot.weights[0]!)).toEqual(Array.from(reference.layers[0]!.W));
    expect(snapshot.a[1]![0]).toBe(reference.forward([0.5, -1])[0]);
    expect(Array.from(snapshot.z[0]!)).toEqual(Array.from(reference.layers[0]!.z));
    expect(maxAbsWeight(snapshot)).toBe(Math.max(...snapshot.weights.flatMap((w) => Array.from(w, Math.abs))));
  });

  it('lists neurons and weights in keyboard order', () => {
    const items = diagramItems([2, 3, 1]);
    expect(items).toHaveLength(2 + 6 + 3 + 3 + 1);
    expect(items[2]).toEqual({ kind: 'edge', layer: 0, from: 0, to: 0 });
    expect(items.at(-1)).toEqual({ kind: 'neuron', layer: 2, index: 0 });
  });

  it('finds the neuron or weight under the pointer', () => {
    const layout = layoutNetwork([2, 3, 1], 600, 300);
    const neuron = hitTest(layout, layout.x[1]![2]!, layout.y[1]![2]! + layout.r / 2);
    expect(layout.items[neuron]).toEqual({ kind: 'neuron', layer: 1, index: 2 });
    const mx = (layout.x[1]![0]! + layout.x[2]![0]!) / 2;
    const my = (layout.y[1]![0]! + layout.y[2]![0]!) / 2;
    expect(layout.items[hitTest(layout, mx, my + 2)]).toEqual({ kind: 'edge', layer: 1, from: 0, to: 0 });
    expect(hitTest(layout, 1, 1)).toBe(-1);
    expect(segmentDistance(0, 5, -1, 0, 1, 0)).toBe(5);
  });

  it('fits every neuron inside a 360 px wide canvas', () => {
    const layout = layoutNetwork([4, 6, 6, 2], 330, 250);
    for (let l = 0; l < 4; l++) {
      for (const x of layout.x[l]!) expect(x - layout.r).toBeGreaterThanOrEqual(0);
      for (const x of layout.x[l]!) expect(x + layout.r).toBeLessThanOrEqual(330);
      for (const y of layout.y[l]!) expect(y + layout.r).toBeLessThanOrEqual(250);
    }
  });

  it('describes items in Spanish and hides values the forward pass has not reached', () => {
    const snapshot = forwardSnapshot(buildNetwork([2, 3, 1], 'sigmoid', 7), 'sigmoid', [0.5, -1]);
    expect(describeItem({ kind: 'neuron', layer: 0, index: 1 }, snapshot, 0)).toBe('Entrada x₂ = −1,00');
    expect(describeItem({ kind: 'neuron', layer: 2, index: 0 }, snapshot, 1)).toBe('Neurona de salida ŷ: aún sin calcular');
    expect(describeItem({ kind: 'neuron', layer: 2, index: 0 }, snapshot, 2)).toBe(
      `Neurona de salida ŷ: z = ${formatNumber(snapshot.z[1]![0]!)}, a = ${formatNumber(snapshot.a[1]![0]!)}`,
    );
    expect(describeItem({ kind: 'edge', layer: 0, from: 1, to: 2 }, snapshot, 0)).toBe(`Peso de x₂ a h₃: w = ${formatNumber(snapshot.weights[0]![2 * 2 + 1]!)}`);
  });
});

describe('training on toy data', () => {
  it('makes two-class sets in [−1, 1]² from a seed', () => {
    for (const name of TOY_DATASETS) {
      const data = toyDataset(name, 1);
      expect(data.xs.every((v) => v >= -1 && v <= 1)).toBe(true);
      const ones = data.ys.reduce((s, y) => s + y, 0);
      expect(ones).toBeGreaterThan(5);
      expect(ones).toBeLessThan(data.count - 5);
      expect(toyDataset(name, 1).xs).toEqual(data.xs);
    }
  });

  it('records the engine’s mean loss per epoch and learns XOR', () => {
    const trainer = new Trainer(toyDataset('xor', 1), [2, 4, 1], 'tanh', 0.5, 600, 1);
    trainer.run(600);
    expect(trainer.epoch).toBe(600);
    expect(trainer.finished).toBe(true);
    expect(trainer.losses[599]!).toBeLessThan(trainer.losses[0]! / 3);
    expect(trainer.accuracy()).toBeGreaterThanOrEqual(0.9);
  });

  it('stops with diverged set instead of storing a non-finite loss', () => {
    const trainer = new Trainer(toyDataset('lineal', 2), [2, 4, 1], 'relu', 1e9, 50, 2);
    expect(trainer.run(50)).toBeLessThan(50);
    expect(trainer.diverged).toBe(true);
    expect(trainer.finished).toBe(true);
    expect(trainer.epoch).toBeLessThan(50);
    expect(Array.from(trainer.losses.subarray(0, trainer.epoch)).every(Number.isFinite)).toBe(true);
  });
});

describe('formatting and scales', () => {
  it('writes numbers the Spanish way and never prints NaN', () => {
    expect(formatNumber(-0.5)).toBe('−0,50');
    expect(formatNumber(-0.001)).toBe('−0,001');
    expect(formatNumber(0.0018)).toBe('0,0018');
    expect(formatNumber(0)).toBe('0,00');
    expect(formatNumber(-0)).toBe('0,00');
    expect(formatNumber(1234.5, 1)).toBe('1234,5');
    expect(formatNumber(3.1e8)).toBe('3,1·10⁸');
    expect(formatNumber(Number.NaN)).toBe('indefinido');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(subscript(12)).toBe('₁₂');
  });

  it('maps the learning-rate slider logarithmically and back', () => {
    expect(fromLogSlider(0, 0.001, 2)).toBeCloseTo(0.001, 12);
    expect(fromLogSlider(1000, 0.001, 2)).toBeCloseTo(2, 12);
    expect(fromLogSlider(500, 0.001, 2)).toBeCloseTo(Math.sqrt(0.002), 12);
    for (const t of [0, 1, 250, 777, 1000]) expect(toLogSlider(fromLogSlider(t, 0.001, 2), 0.001, 2)).toBe(t);
  });
});
