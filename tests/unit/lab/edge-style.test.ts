import { describe, expect, it } from 'vitest';
import { targetDescription, weightName } from '@/app/ui/lab/model/edge-labels';
import { MAX_EDGE_WIDTH, edgeStyles } from '@/app/ui/lab/model/edge-style';
import { inspectGradients } from '@/app/ui/lab/model/inspect-gradients';
import { LabSession } from '@/app/ui/lab/model/lab-session';
import { DEFAULT_SETTINGS } from '@/app/ui/lab/model/lab-state';
import { nextPhase } from '@/app/ui/lab/model/phase-stepper';

describe('edge widths and colours', () => {
  const s = new LabSession({ ...DEFAULT_SETTINGS, hidden: [3] });
  const first = s.net.layers[0]!;
  first.W.set([0.1, -1, 4, 0, -0.2, 2]);
  s.net.weightsChanged();

  it('by weight: 2.5·|w| capped at 6 px (never thinner than 0.4), blue for w ≥ 0', () => {
    const st = edgeStyles(s.net, null, null, 'peso');
    expect(st.width).toHaveLength(6 + 3);
    expect(Array.from(st.width.slice(0, 6))).toEqual([0.4, 2.5, 6, 0.4, 0.5, 5].map(Math.fround));
    expect(Array.from(st.sign.slice(0, 6))).toEqual([1, -1, 1, 1, -1, 1]);
  });

  it('by gradient: the largest |∂L/∂w| is 6 px, and the colour is the sign of −∂L/∂w', () => {
    const grad = inspectGradients(s.net, s.data.trainX, s.data.trainY);
    const st = edgeStyles(s.net, grad, null, 'gradiente');
    const all = grad.dW.flatMap((g) => Array.from(g));
    const big = all.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(Math.max(...st.width)).toBeCloseTo(MAX_EDGE_WIDTH, 5);
    all.forEach((g, e) => {
      expect(st.width[e]).toBeCloseTo(Math.max(0.4, (Math.abs(g) / big) * MAX_EDGE_WIDTH), 5);
      expect(st.sign[e]).toBe(-g >= 0 ? 1 : -1);
    });
  });

  it('following a phase, the example’s gradient replaces the mean one, and buffers are reused', () => {
    const grad = inspectGradients(s.net, s.data.trainX, s.data.trainY);
    const phase = nextPhase(s, nextPhase(s, nextPhase(s, null)));
    const reuse = edgeStyles(s.net, grad, null, 'gradiente');
    const st = edgeStyles(s.net, grad, phase, 'gradiente', reuse);
    expect(st).toBe(reuse);
    expect(st.sign[0]).toBe(-phase.layers[0]!.dW![0]! >= 0 ? 1 : -1);
  });
});

describe('weight and bias descriptions', () => {
  it('name the ends and give value, gradient and change in Spanish notation', () => {
    const s = new LabSession(DEFAULT_SETTINGS);
    expect(weightName(s.net, s.settings.features, 0, 1, 0)).toBe('Peso de x₁ a la neurona 2 de la capa 1');
    s.net.layers[2]!.b[0] = -0.25;
    expect(targetDescription(s.net, s.settings.features, { kind: 'b', layer: 2, to: 0 }, null, null)).toBe('Sesgo de la salida: b = −0,25');
    const grad = inspectGradients(s.net, s.data.trainX, s.data.trainY);
    expect(targetDescription(s.net, s.settings.features, { kind: 'w', layer: 0, to: 0, from: 1 }, grad, null)).toMatch(/^Peso de x₂ a la neurona 1 de la capa 1: w = −?\d,\d+; ∂L\/∂w = /);
  });
});
