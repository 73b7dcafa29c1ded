import { describe, expect, it } from 'vitest';
import { scalarLoss, toScalarMlp } from '@/lib/engine';
import { unitFiveExercises } from '@/lib/exercises/unit-5';
import { backwardSnapshot, deltaBreakdown, deltaKnown, frontLayer, maxAbsGradient, stepCount } from '@/app/ui/viz/retropropagacion-capas/backward-model';
import { networkFor, parseBackwardProps, weightCount } from '@/app/ui/viz/retropropagacion-capas/backward-props';
import { describeBackwardItem, stepStatus } from '@/app/ui/viz/retropropagacion-capas/backward-text';

const snapshotFor = (props: Parameters<typeof parseBackwardProps>[0]) => {
  const config = parseBackwardProps(props);
  return { config, snapshot: backwardSnapshot(networkFor(config), config.activation, config.inputs, config.target) };
};

describe('RetropropagacionCapas model', () => {
  for (const activacion of ['sigmoid', 'tanh', 'relu']) {
    it(`gives the δ and ∂L/∂w that Value.backward() gives (${activacion})`, () => {
      const { config, snapshot } = snapshotFor({ capas: '2 3 2 1', semilla: '5', activacion, entrada: '0.5 -1', objetivo: '1' });
      const mlp = toScalarMlp(networkFor(config));
      const layers = mlp.forwardLayers(config.inputs);
      const loss = scalarLoss('mse', layers.at(-1)!.a, config.target);
      loss.backward();
      expect(snapshot.loss).toBeCloseTo(loss.data, 14);
      layers.forEach((layer, l) => {
        layer.z.forEach((z, k) => expect(snapshot.delta[l]![k]).toBeCloseTo(z.grad, 14));
        mlp.layers[l]!.neurons.forEach((neuron, j) => neuron.w.forEach((w, i) => expect(snapshot.gradW[l]![j * config.sizes[l]! + i]).toBeCloseTo(w.grad, 14)));
      });
    });
  }

  it('writes each δ out as (ŷ − y)·f′(z) at the output and (Σ w·δ ahead)·f′(z) in hidden layers', () => {
    const { snapshot } = snapshotFor({ capas: '2 3 2 1', semilla: '5' });
    const output = deltaBreakdown(snapshot, 3, 0);
    expect(output.kind).toBe('output');
    if (output.kind === 'output') expect(output.error * output.fp).toBeCloseTo(output.delta, 15);
    for (const [layer, n] of [[2, 2], [1, 3]] as const) {
      for (let k = 0; k < n; k++) {
        const hidden = deltaBreakdown(snapshot, layer, k);
        expect(hidden.kind).toBe('hidden');
        if (hidden.kind !== 'hidden') continue;
        expect(hidden.terms).toHaveLength(snapshot.sizes[layer + 1]!);
        expect(hidden.sum * hidden.fp).toBeCloseTo(snapshot.delta[layer - 1]![k]!, 15);
        for (const t of hidden.terms) expect(t.product).toBe(t.w * snapshot.delta[layer]![t.to]!);
      }
    }
    expect(maxAbsGradient(snapshot)).toBe(Math.max(...snapshot.gradW.flatMap((g) => Array.from(g, Math.abs))));
  });

  it('gives a ReLU network a linear output, and no δ to hidden units whose z is negative', () => {
    const { snapshot } = snapshotFor({ capas: '2 3 2 1', semilla: '5', activacion: 'relu' });
    expect(snapshot.outputActivation).toBe('linear');
    expect(snapshot.fp[2]![0]).toBe(1);
    expect(snapshot.delta[2]![0]).toBe(snapshot.a[2]![0]! - 1);
    let silent = 0;
    snapshot.z.slice(0, 2).forEach((z, l) =>
      z.forEach((v, k) => {
        if (v < 0) {
          silent++;
          expect(Math.abs(snapshot.delta[l]![k]!)).toBe(0);
        }
      }),
    );
    expect(silent).toBeGreaterThan(0);
  });

  it('reveals δ from the output back to the first hidden layer, one layer per step', () => {
    const sizes = [2, 3, 2, 1];
    expect(stepCount(sizes)).toBe(3);
    expect([1, 2, 3].map((s) => frontLayer(sizes, s))).toEqual([3, 2, 1]);
    expect([0, 1, 2, 3].map((l) => deltaKnown(sizes, l, 0))).toEqual([false, false, false, false]);
    expect([0, 1, 2, 3].map((l) => deltaKnown(sizes, l, 2))).toEqual([false, false, true, true]);
    expect([0, 1, 2, 3].map((l) => deltaKnown(sizes, l, 3))).toEqual([false, true, true, true]);
  });

  it('shows the exercise network of Unit 5 with the same numbers the lessons print', () => {
    const v = unitFiveExercises['u5-red']!(1).variables;
    const pesos = [v.w11, v.w12, v.w21, v.w22, v.v11, v.v12, v.v21, v.v22].join(' ');
    const { snapshot } = snapshotFor({ capas: '2 2 2', pesos, entrada: `${v.x1} ${v.x2}`, objetivo: `${v.y1} ${v.y2}` });
    expect(snapshot.loss).toBe(v.L);
    expect(Array.from(snapshot.delta[1]!)).toEqual([v.do1, v.do2]);
    expect(Array.from(snapshot.delta[0]!)).toEqual([v.dh1, v.dh2]);
    expect(Array.from(snapshot.gradW[0]!)).toEqual([v.gw11, v.gw12, v.gw21, v.gw22]);
  });

  it('falls back to safe defaults for bad props', () => {
    const config = parseBackwardProps({ capas: '2 9 1', semilla: 'x', activacion: 'softmax', entrada: '1', objetivo: 'a b', pesos: '1 2 3' });
    expect(config).toEqual({ sizes: [2, 3, 2, 1], activation: 'sigmoid', seed: 5, inputs: [0.5, -1], target: [1], weights: null });
    expect(weightCount([2, 3, 2, 1])).toBe(14);
    expect(parseBackwardProps({ capas: '1 1', pesos: '0,5' }).weights).toEqual([0.5]);
    expect(parseBackwardProps({ capas: '1 2', objetivo: '0 1', pesos: '20 1' }).weights).toBeNull();
  });

  it('tells in Spanish what each step computed and hides blame not yet known', () => {
    const { snapshot } = snapshotFor({ capas: '2 2 1', activacion: 'tanh' });
    expect(stepStatus(snapshot, 0)).toMatch(/^Forward pass hecho\. ŷ = .* Aún no se conoce ningún δ\.$/);
    expect(stepStatus(snapshot, 1)).toContain('δ en la salida');
    expect(stepStatus(snapshot, 2)).toContain('backpropagation ha terminado');
    const edge = { kind: 'edge', layer: 0, from: 1, to: 0 } as const;
    expect(describeBackwardItem(edge, snapshot, 1)).toContain('su culpa llega cuando');
    expect(describeBackwardItem(edge, snapshot, 2)).toContain('culpa ∂L/∂w = δ·a =');
    expect(describeBackwardItem({ kind: 'neuron', layer: 1, index: 0 }, snapshot, 1)).toContain('tanh′(z) =');
    expect(describeBackwardItem({ kind: 'neuron', layer: 0, index: 0 }, snapshot, 2)).toContain('no tienen δ');
  });
});
