import { describe, expect, it } from 'vitest';
import { FramePacer, runWithinBudget, uiInterval } from '@/app/ui/lab/model/frame-budget';
import { inspectGradients } from '@/app/ui/lab/model/inspect-gradients';
import { flatWeights } from '@/app/ui/lab/model/flat-weights';
import { LabSession } from '@/app/ui/lab/model/lab-session';
import { DEFAULT_SETTINGS } from '@/app/ui/lab/model/lab-state';
import { nextPhase } from '@/app/ui/lab/model/phase-stepper';

function fakeClock(stepMs: number) {
  let t = 0;
  return { now: () => t, tick: () => (t += stepMs) };
}

describe('frame budget', () => {
  it('stops when the budget is used up, but always runs one unit', () => {
    const clock = fakeClock(3);
    expect(runWithinBudget(100, 8, clock.now, () => (clock.tick(), true)).units).toBe(3);
    const slow = fakeClock(50);
    expect(runWithinBudget(100, 8, slow.now, () => (slow.tick(), true)).units).toBe(1);
  });

  it('stops at maxUnits and when a unit fails', () => {
    const clock = fakeClock(0);
    expect(runWithinBudget(5, 8, clock.now, () => true).units).toBe(5);
    let calls = 0;
    expect(runWithinBudget(5, 8, clock.now, () => ++calls < 2).units).toBe(2);
  });

  it('paces fractional epochs per frame and never bursts', () => {
    const pacer = new FramePacer();
    const batches = Array.from({ length: 12 }, () => pacer.batchesForFrame(25, 1 / 6));
    expect(batches.reduce((a, b) => a + b, 0)).toBe(50);
    expect(Math.max(...batches)).toBeLessThanOrEqual(5);
    expect(new FramePacer().batchesForFrame(25, 1)).toBe(25);
    expect(new FramePacer().batchesForFrame(25, Infinity)).toBe(Infinity);
  });
});

describe('React refresh interval while playing', () => {
  it('is 100 ms while a refresh is cheap, ten times its cost when not, and never above 500 ms', () => {
    expect(uiInterval(0)).toBe(100);
    expect(uiInterval(4)).toBe(100);
    expect(uiInterval(25)).toBe(250);
    expect(uiInterval(300)).toBe(500);
  });
});

describe('lab session', () => {
  it('is reproducible: same settings, same data and starting weights', () => {
    const a = new LabSession(DEFAULT_SETTINGS);
    const b = new LabSession(DEFAULT_SETTINGS);
    expect(Array.from(flatWeights(a.net))).toEqual(Array.from(flatWeights(b.net)));
    expect(Array.from(a.data.trainX)).toEqual(Array.from(b.data.trainX));
    for (let i = 0; i < 50; i++) {
      a.trainOneBatch();
      b.trainOneBatch();
    }
    expect(Array.from(flatWeights(a.net))).toEqual(Array.from(flatWeights(b.net)));
  });

  it('learns the circle and counts epochs', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, learningRate: 0.1 });
    const before = s.evaluate().trainLoss;
    while (s.epoch < 60) s.trainOneBatch();
    const after = s.evaluate();
    expect(after.trainLoss).toBeLessThan(before / 2);
    expect(after.train?.accuracy).toBeGreaterThan(0.9);
  });

  it('a huge learning rate diverges and stops instead of producing garbage', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, dataset: 'plane', problem: 'regression', learningRate: 10, hidden: [8, 8] });
    let steps = 0;
    while (s.trainOneBatch() && steps < 5000) steps++;
    expect(s.divergence).not.toBeNull();
    expect(s.net.layers.every((l) => l.W.every(Number.isFinite) && l.b.every(Number.isFinite))).toBe(true);
    expect(s.trainOneBatch()).toBe(false);
  });

  it('marks dead ReLU units and gives zero gradient to their incoming weights', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, activation: 'relu' });
    const first = s.net.layers[0]!;
    first.W.fill(0);
    first.b[0] = -5;
    s.net.weightsChanged();
    const g = inspectGradients(s.net, s.data.trainX, s.data.trainY);
    expect(g.dead[0]![0]).toBe(true);
    expect(g.dW[0]![0]).toBe(0);
    expect(g.dW[0]![1]).toBe(0);
  });
});

describe('step by phase', () => {
  it('goes forward → pérdida → backward → actualización and applies w ← w − η ∂L/∂w', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, learningRate: 0.1 });
    const w0 = flatWeights(s.net);
    const f = nextPhase(s, null);
    expect(f.phase).toBe('forward');
    expect(f.layers[0]!.delta).toBeNull();
    const l = nextPhase(s, f);
    expect(l.phase).toBe('perdida');
    expect(l.loss).toBeCloseTo(0.5 * (f.output - f.target) ** 2, 12);
    const b = nextPhase(s, l);
    expect(b.phase).toBe('backward');
    const out = b.layers[b.layers.length - 1]!;
    // δ_out = (a − y)·(1 − a²) for tanh with squared error.
    expect(out.delta![0]).toBeCloseTo((f.output - f.target) * (1 - f.output ** 2), 12);
    expect(Array.from(flatWeights(s.net))).toEqual(Array.from(w0));
    const u = nextPhase(s, b);
    expect(u.phase).toBe('actualizacion');
    expect(u.layers[0]!.deltaW![0]).toBeCloseTo(-0.1 * b.layers[0]!.dW![0]!, 12);
    expect(s.cursor).toBe(1);
    expect(nextPhase(s, u).phase).toBe('forward');
  });
});
