import { describe, expect, it } from 'vitest';
import { createNetwork, createStepReport } from '@/lib/engine';

describe('divergence is detected, reported and not propagated', () => {
  it('an exploding learning rate ends in status diverged naming the loss, weights left finite', () => {
    const net = createNetwork({ sizes: [1, 4, 1], hidden: 'linear', loss: 'mse', seed: 1 });
    const report = createStepReport();
    let steps = 0;
    while (report.status === 'ok' && steps < 5000) {
      net.trainBatch([[3], [-2], [1], [4]], [[30], [-20], [10], [40]], { learningRate: 5 }, report);
      steps++;
    }
    expect(report.status).toBe('diverged');
    expect(['loss', 'gradient', 'weights']).toContain(report.nonFinite);
    if (report.nonFinite !== 'weights') {
      for (const l of net.layers) expect([...l.W, ...l.b].every(Number.isFinite)).toBe(true);
    }
  });

  it('reports a non-finite loss from a batch of one and skips the update', () => {
    const net = createNetwork({ sizes: [1, 1], output: 'linear', loss: 'mse', init: 'zeros' });
    net.layers[0]!.W[0] = 1e200;
    net.weightsChanged();
    const report = net.trainBatch([[1e200]], [[0]], { learningRate: 0.1 });
    expect(report).toMatchObject({ status: 'diverged', nonFinite: 'loss', layer: -1 });
    expect(report.loss).toBe(Infinity);
    expect(net.layers[0]!.W[0]).toBe(1e200);
  });

  it('reports an update that makes a weight infinite as weights, layer 0', () => {
    const net = createNetwork({ sizes: [1, 1], output: 'linear', loss: 'mse', init: 'zeros' });
    net.layers[0]!.W[0] = 1;
    net.weightsChanged();
    const report = net.trainBatch([[1e150]], [[0]], { learningRate: 1e10 });
    // a = 1e150, loss = 5e299 (finite); gradient 1e300, update −1e310 → −Infinity.
    expect(report).toMatchObject({ status: 'diverged', nonFinite: 'weights', layer: 0 });
  });

  it('the step-by-step path reports a non-finite accumulated gradient and leaves weights alone', () => {
    const net = createNetwork({ sizes: [1, 1], output: 'linear', loss: 'mse', init: 'zeros' });
    net.layers[0]!.W[0] = 1;
    net.weightsChanged();
    net.forward([1e160]);
    net.backward([0]); // gradient (1e160)·1e160 = Infinity
    const report = net.step({ learningRate: 0.1 });
    expect(report).toMatchObject({ status: 'diverged', nonFinite: 'gradient', layer: 0 });
    expect(net.layers[0]!.W[0]).toBe(1);
  });
});
