import { describe, expect, it } from 'vitest';
import { createNetwork } from '@/lib/engine';
import { evaluateChain, seededChain, stepOneWeight } from '@/app/ui/viz/actualizacion-pesos/chain-network';
import { etaAt, etaPosition } from '@/app/ui/viz/actualizacion-pesos/eta-slider';
import { numberLineFor, percentOn } from '@/app/ui/viz/actualizacion-pesos/number-line';
import { parsePesoProps } from '@/app/ui/viz/actualizacion-pesos/peso-props';
import { lossTrend } from '@/app/ui/viz/actualizacion-red/loss-trend';
import { NetworkRun, seededExamples, weightRefs } from '@/app/ui/viz/actualizacion-red/network-run';
import { parseRedProps } from '@/app/ui/viz/actualizacion-red/red-props';

const SEEDS = Array.from({ length: 25 }, (_, k) => k + 1);
const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const onGrid = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9;

/** The chain x → σ(w₁x + b₁) → w₂h + b₂ and its gradients, in plain Math (independent of the engine). */
function plainChain(s: { x: number; y: number; w1: number; b1: number; w2: number; b2: number }) {
  const h = sigma(s.w1 * s.x + s.b1);
  const yhat = s.w2 * h + s.b2;
  return { h, yhat, loss: 0.5 * (yhat - s.y) ** 2, gradW2: (yhat - s.y) * h, gradW1: (yhat - s.y) * s.w2 * h * (1 - h) * s.x };
}

describe('ActualizacionPeso model', () => {
  it('draws chains on a 0,1 grid with an error between 0,3 and 1,3', () => {
    for (const seed of SEEDS) {
      const s = seededChain(seed);
      for (const v of Object.values(s)) expect(onGrid(v)).toBe(true);
      const gap = Math.abs(plainChain(s).yhat - s.y);
      expect(gap).toBeGreaterThan(0.3);
      expect(gap).toBeLessThan(1.3);
    }
  });

  it('gives the engine values and gradients plain Math gives', () => {
    for (const seed of SEEDS) {
      const s = seededChain(seed);
      const engine = evaluateChain(s);
      const plain = plainChain(s);
      for (const key of ['h', 'yhat', 'loss', 'gradW1', 'gradW2'] as const) expect(engine[key]).toBeCloseTo(plain[key], 12);
    }
  });

  it('updates only the chosen weight with w − η·∂L/∂w and evaluates the chain again', () => {
    for (const seed of SEEDS) {
      const s = seededChain(seed);
      for (const which of ['w1', 'w2'] as const) {
        const step = stepOneWeight(s, which, 0.3);
        const plain = plainChain(s);
        const expected = s[which] - 0.3 * (which === 'w1' ? plain.gradW1 : plain.gradW2);
        expect(step.newWeight).toBeCloseTo(expected, 12);
        expect(step.after.loss).toBeCloseTo(plainChain({ ...s, [which]: expected }).loss, 12);
        expect(step.after.loss).toBeLessThan(step.before.loss);
      }
    }
  });

  it('overshoots with a large η on w₂ (η·h² > 2): the loss grows', () => {
    const s = seededChain(4);
    const h = plainChain(s).h;
    expect(stepOneWeight(s, 'w2', 2.5 / (h * h)).after.loss).toBeGreaterThan(plainChain(s).loss);
  });

  it('reads its props and falls back on bad ones', () => {
    const seeded = seededChain(4);
    expect(parsePesoProps({})).toEqual({ setup: seeded, which: 'w2', eta: 0.1 });
    const custom = parsePesoProps({ peso: '0,8', eta: '0.5', semilla: '9', ajusta: 'W1' });
    expect(custom.setup).toEqual({ ...seededChain(9), w1: 0.8 });
    expect(custom.which).toBe('w1');
    expect(custom.eta).toBe(0.5);
    expect(parsePesoProps({ red: '1 0,5 -0.2 1.2 0.1 0.3', peso: '2' }).setup).toEqual({ x: 1, w1: 0.5, b1: -0.2, w2: 2, b2: 0.1, y: 0.3 });
    expect(parsePesoProps({ red: '1 0.5 -0.2 1.2 0.1' }).setup).toEqual(seeded);
    const bad = parsePesoProps({ peso: '99', eta: '-1', semilla: 'x', ajusta: 'w3' });
    expect(bad).toEqual({ setup: seeded, which: 'w2', eta: 0.1 });
  });

  it('maps η to the log slider and back', () => {
    for (const eta of [0.01, 0.1, 0.2, 1, 2, 10]) expect(etaAt(etaPosition(eta))).toBe(eta);
    for (const eta of [0.03, 0.5, 3]) expect(Math.abs(etaAt(etaPosition(eta)) / eta - 1)).toBeLessThan(0.01);
  });

  it('places values on a number line that covers them all, clamping strays to the margins', () => {
    const line = numberLineFor([0.3, -1.2, 2]);
    expect(line.lo).toBeLessThan(-1.2);
    expect(line.hi).toBeGreaterThan(2);
    expect(line.ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of line.ticks) expect(t >= line.lo && t <= line.hi).toBe(true);
    expect(percentOn(line, -1.2)).toBeGreaterThan(6);
    expect(percentOn(line, 1e9)).toBe(94);
    expect(percentOn(line, Number.NaN)).toBe(50);
  });
});

describe('ActualizacionRed model', () => {
  it('steps exactly like the engine trained directly on the same examples', () => {
    const examples = seededExamples(4);
    const run = new NetworkRun([2, 3, 1], examples, 4);
    const twin = createNetwork({ sizes: [2, 3, 1], hidden: 'tanh', output: 'linear', loss: 'mse', init: 'xavier', seed: 4 });
    for (let k = 0; k < 5; k++) {
      const report = twin.trainBatch(examples.xs, examples.ys, { learningRate: 0.2 });
      expect(run.losses[k]).toBeCloseTo(report.loss, 12);
      run.step(0.2);
    }
    run.net.layers.forEach((layer, l) => expect(Array.from(layer.W)).toEqual(Array.from(twin.layers[l]!.W)));
  });

  it('keeps the gradient it applied: new W = previous W − η·gradient', () => {
    const run = new NetworkRun([2, 3, 1], seededExamples(7), 7);
    run.step(0.1);
    run.step(0.1);
    run.net.layers.forEach((layer, l) => layer.W.forEach((w, i) => expect(w).toBeCloseTo(run.previous[l]![i]! - 0.1 * run.gradients[l]![i]!, 12)));
  });

  it('lowers the loss with a small η and reports divergence with a large one, never storing NaN or ∞', () => {
    for (const seed of [1, 4, 9]) {
      const calm = new NetworkRun([2, 3, 1], seededExamples(seed), seed);
      for (let k = 0; k < 100; k++) calm.step(0.1);
      expect(calm.losses[100]).toBeLessThan(calm.losses[0]!);
      expect(lossTrend(calm.losses, calm.diverged)).toBe('baja');

      const wild = new NetworkRun([2, 3, 1], seededExamples(seed), seed);
      let k = 0;
      while (k < 1000 && wild.step(10)) k++;
      expect(wild.diverged).not.toBeNull();
      expect(wild.step(0.01)).toBe(false);
      expect(wild.losses.every(Number.isFinite)).toBe(true);
      expect(lossTrend(wild.losses, wild.diverged)).toBe('diverge');
    }
  });

  it('names every weight by the units it joins', () => {
    const refs = weightRefs([2, 3, 1]);
    expect(refs).toHaveLength(9);
    expect(refs[0]!.label).toBe('x₁ → h₁');
    expect(refs[8]!.label).toBe('h₃ → ŷ');
  });

  it('tells falling, oscillating, rising and exploding losses apart', () => {
    expect(lossTrend([1], null)).toBe('inicio');
    expect(lossTrend([1, 0.9, 0.8, 0.7], null)).toBe('baja');
    expect(lossTrend([1, 0.6, 0.9, 0.5, 0.8, 0.45, 0.7], null)).toBe('oscila');
    expect(lossTrend([1, 1.1, 1.2, 1.4], null)).toBe('sube');
    expect(lossTrend([1, 3, 12], null)).toBe('dispara');
  });

  it('reads its props and falls back on bad ones', () => {
    expect(parseRedProps({})).toEqual({ sizes: [2, 3, 1], eta: 0.1, seed: 4, maxSteps: 200 });
    expect(parseRedProps({ capas: '2 4 1', eta: '2', semilla: '3', pasos: '50' })).toEqual({ sizes: [2, 4, 1], eta: 2, seed: 3, maxSteps: 50 });
    expect(parseRedProps({ capas: '3 3 1', eta: '100', pasos: '5' })).toEqual({ sizes: [2, 3, 1], eta: 0.1, seed: 4, maxSteps: 200 });
    expect(parseRedProps({ capas: '2 8 1' }).sizes).toEqual([2, 3, 1]);
  });
});
