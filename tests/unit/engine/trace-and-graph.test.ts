import { describe, expect, it } from 'vitest';
import { createNetwork, exportGraph, scalarLoss, toScalarMlp, Trace, value } from '@/lib/engine';

describe('trace of a forward and backward pass', () => {
  it('records forward events in creation order and backward events in reverse topological order', () => {
    const trace = new Trace();
    const a = value(2, { label: 'a', trace });
    const b = value(-3, { label: 'b', trace });
    const c = a.mul(b);
    const d = c.add(a).tanh();
    const e = d.mul(d).add(1);
    e.backward();

    const fwd = trace.forwardEvents();
    expect(fwd.map((ev) => ev.node)).toEqual(fwd.map((_, i) => i));
    expect(fwd.map((ev) => ev.op)).toEqual(['leaf', 'leaf', 'mul', 'add', 'tanh', 'mul', 'const', 'add']);
    expect(fwd[2]!.inputs).toEqual([0, 1]);
    expect(fwd[2]!.data).toBe(-6);
    expect(fwd.every((ev, i) => ev.step === i)).toBe(true);

    const bwd = trace.backwardEvents();
    expect(bwd).toHaveLength(fwd.length);
    expect(bwd[0]!.node).toBe(trace.idOf(e));
    expect(bwd[0]!.grad).toBe(1);
    // A node's backward event comes after the events of every node that consumes it.
    const position = new Map(bwd.map((ev, i) => [ev.node, i]));
    for (const ev of fwd) for (const input of ev.inputs) expect(position.get(input)!).toBeGreaterThan(position.get(ev.node)!);
    // Contributions carry local derivative × upstream gradient, and end at the final grads.
    const mulEvent = bwd.find((ev) => ev.node === trace.idOf(c))!;
    expect(mulEvent.contributions.map((k) => k.local)).toEqual([-3, 2]);
    expect(mulEvent.contributions[0]!.added).toBe(-3 * c.grad);
    expect(bwd.find((ev) => ev.node === trace.idOf(a))!.grad).toBe(a.grad);
    expect(JSON.parse(JSON.stringify(trace.events))).toEqual(trace.events);
  });

  it('registers untraced leaves when first used, and can drop a backward pass', () => {
    const trace = new Trace();
    const w = value(0.5, 'w');
    const x = value(2, { label: 'x', trace });
    const y = x.mul(w);
    y.backward();
    expect(trace.forwardEvents().map((ev) => ev.label)).toEqual(['x', 'w', '']);
    trace.clearBackward();
    expect(trace.backwardEvents()).toHaveLength(0);
    y.backward();
    expect(trace.backwardEvents()).toHaveLength(3);
  });
});

describe('graph export', () => {
  it('exports nodes in topological order and edges with local derivatives', () => {
    const x = value(3, 'x');
    const y = x.mul(x).add(x.exp()).log();
    y.backward();
    const g = exportGraph(y);
    expect(g.root).toBe(g.nodes.length - 1);
    expect(g.nodes[g.root]!.op).toBe('log');
    expect(g.nodes[0]).toMatchObject({ label: 'x', op: 'leaf', data: 3, grad: x.grad });
    for (const e of g.edges) expect(e.from).toBeLessThan(e.to);
    // x feeds mul twice (one edge per use) and exp once.
    const fromX = g.edges.filter((e) => e.from === 0);
    expect(fromX).toHaveLength(3);
    expect(fromX.reduce((s, e) => s + e.gradient, 0)).toBeCloseTo(x.grad, 14);
  });

  it('draws a whole network: every dense weight appears as a labelled leaf', () => {
    const net = createNetwork({ sizes: [2, 3, 1], seed: 2 });
    const mlp = toScalarMlp(net);
    const loss = scalarLoss('mse', mlp.forward([0.5, -1]), [1]);
    loss.backward();
    const g = exportGraph(loss);
    const labels = new Set(g.nodes.map((n) => n.label));
    for (let j = 0; j < 3; j++) for (let i = 0; i < 2; i++) expect(labels.has(`w0_${j}_${i}`)).toBe(true);
    expect(labels.has('a0_2')).toBe(true);
    expect(g.nodes.find((n) => n.label === 'w1_0_1')!.data).toBe(net.layers[1]!.W[1]);
  });
});
