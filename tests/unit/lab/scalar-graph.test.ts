import { describe, expect, it } from 'vitest';
import { createNetwork } from '@/lib/engine';
import { graphNodeDescription, graphNodeLabel, weightOfLabel } from '@/app/ui/lab/model/graph-labels';
import { MAX_GRAPH_WEIGHTS, labScalarGraph, nodeOfWeight, weightCount } from '@/app/ui/lab/model/scalar-graph';

function trainedCase(loss: 'mse' | 'bce') {
  const net = createNetwork({ sizes: [2, 2, 2, 1], hidden: 'tanh', output: loss === 'bce' ? 'sigmoid' : 'tanh', loss, init: 'xavier', seed: 3 });
  const x = Float64Array.from([0.7, -1.3]);
  const target = loss === 'bce' ? 1 : -1;
  const lossValue = net.forward(x);
  net.zeroGradients();
  net.backward([target]);
  return { net, x, target, lossValue };
}

describe('the lab network as a scalar computation graph', () => {
  it('has the dense engine’s gradient on every weight node and the loss at the root', () => {
    for (const loss of ['mse', 'bce'] as const) {
      const { net, x, target } = trainedCase(loss);
      const graph = labScalarGraph(net, x, target);
      expect(graph.nodes[graph.root]!.label).toBe('L');
      expect(graph.nodes[graph.root]!.grad).toBe(1);
      net.layers.forEach((l, k) => {
        for (let to = 0; to < l.nOut; to++) {
          for (let from = 0; from < l.nIn; from++) {
            const node = graph.nodes[nodeOfWeight(graph, { layer: k, to, from })]!;
            expect(node.data).toBe(l.W[to * l.nIn + from]);
            expect(node.grad).toBeCloseTo(l.dW[to * l.nIn + from]!, 12);
          }
        }
      });
    }
  });

  it('lays operations out right of their parents, and each leaf just left of its first use', () => {
    const { net, x, target } = trainedCase('mse');
    const g = labScalarGraph(net, x, target);
    for (const e of g.edges) expect(g.nodes[e.to]!.column).toBeGreaterThan(g.nodes[e.from]!.column);
    for (const n of g.nodes.filter((m) => m.isLeaf)) {
      const first = Math.min(...g.edges.filter((e) => e.from === n.id).map((e) => g.nodes[e.to]!.column));
      expect(n.column).toBe(first - 1);
    }
    const cells = new Set(g.nodes.map((n) => `${n.column}:${n.row}`));
    expect(cells.size).toBe(g.nodes.length);
    expect(g.nodes.every((n) => n.row < g.rows && n.column < g.columns)).toBe(true);
    expect(g.nodes.some((n) => n.op === 'const')).toBe(false);
  });

  it('allows networks up to 12 weights', () => {
    expect(MAX_GRAPH_WEIGHTS).toBe(12);
    expect(weightCount(trainedCase('mse').net)).toBe(10);
    expect(weightCount(createNetwork({ sizes: [2, 4, 2, 1] }))).toBe(18);
  });
});

describe('graph node names', () => {
  it('writes inputs as features, parameters and units with subscripts and the layer, operations as symbols', () => {
    const { net, x, target } = trainedCase('mse');
    const g = labScalarGraph(net, x, target);
    const names = g.nodes.map((n) => graphNodeLabel(n, ['x1', 'sinX2']));
    expect(names).toEqual(expect.arrayContaining(['x₁', 'sin x₂', 'w₂₁⁽¹⁾', 'b₁⁽³⁾', 'z₂⁽²⁾', 'a₁⁽³⁾', 'L', '×', '+', '−', '( )²']));
    expect(weightOfLabel('w2_0_1')).toEqual({ layer: 2, to: 0, from: 1 });
    expect(weightOfLabel('b2_0')).toBeNull();
    const w = g.nodes[nodeOfWeight(g, { layer: 0, to: 1, from: 0 })]!;
    expect(graphNodeDescription('w₂₁⁽¹⁾', w)).toMatch(/^w₂₁⁽¹⁾, valor de partida: valor .+, gradiente .+$/);
    expect(nodeOfWeight(g, null)).toBe(-1);
  });
});
