import { describe, expect, it } from 'vitest';
import { gradsAfter, replaySteps } from '@/app/ui/viz/grafo-cadena/backward-replay';
import { computeChainGraph, nodesOnPaths, pathsToRoot } from '@/app/ui/viz/grafo-cadena/chain-graph';
import { parseChainGraphProps } from '@/app/ui/viz/grafo-cadena/chain-props';
import { drawLeaves, EXPRESSIONS, lossAt } from '@/app/ui/viz/grafo-cadena/expressions';
import { nudgeLeaf, predictionGap } from '@/app/ui/viz/grafo-cadena/nudge';
import { productText, sumText } from '@/app/ui/viz/grafo-cadena/path-text';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('GrafoCadena model', () => {
  it('draws the neuron on a 0.1 grid and matches a plain-Math forward and backward pass', () => {
    for (const seed of SEEDS) {
      const { x, w, b, y } = drawLeaves('neurona', seed) as Record<string, number>;
      for (const v of [x!, w!, b!, y!]) expect(Number(v.toFixed(1))).toBe(v);
      const graph = computeChainGraph('neurona', { x: x!, w: w!, b: b!, y: y! });
      const yhat = sigmoid(w! * x! + b!);
      const byLabel = (label: string) => graph.nodes.find((n) => n.label === label)!;
      expect(byLabel('L').data).toBeCloseTo(0.5 * (yhat - y!) ** 2, 12);
      expect(byLabel('w').grad).toBeCloseTo((yhat - y!) * yhat * (1 - yhat) * x!, 12);
      expect(byLabel('b').grad).toBeCloseTo((yhat - y!) * yhat * (1 - yhat), 12);
    }
  });

  it('hides the constant ½ and places every drawn node', () => {
    for (const name of EXPRESSIONS) {
      const graph = computeChainGraph(name, drawLeaves(name, 3));
      expect(graph.nodes.every((n) => n.op !== 'const')).toBe(true);
      expect(graph.nodes[graph.root]!.label).toBe('L');
      const cells = new Set(graph.nodes.map((n) => `${n.column}:${n.row}`));
      expect(cells.size, `${name}: two nodes share a place`).toBe(graph.nodes.length);
      for (const e of graph.edges) expect(graph.nodes[e.to]!.column, `${name}: edges run left to right`).toBeGreaterThan(graph.nodes[e.from]!.column);
    }
  });

  it('sums the products of local derivatives over paths and gets the engine gradient of every node', () => {
    for (const name of EXPRESSIONS) {
      for (const seed of SEEDS) {
        const graph = computeChainGraph(name, drawLeaves(name, seed));
        for (const node of graph.nodes) {
          const total = pathsToRoot(graph, node.id).reduce((s, p) => s + p.product, 0);
          expect(total, `${name}:${seed}:${node.label}`).toBeCloseTo(node.grad, 12);
        }
      }
    }
  });

  it('finds two paths from the shared weight and one from each input', () => {
    const graph = computeChainGraph('dos-caminos', drawLeaves('dos-caminos', 3));
    const id = (label: string) => graph.nodes.find((n) => n.label === label)!.id;
    const paths = pathsToRoot(graph, id('w'));
    expect(paths).toHaveLength(2);
    expect(pathsToRoot(graph, id('x₁'))).toHaveLength(1);
    expect(nodesOnPaths(paths, id('w')).has(id('h'))).toBe(true);
    expect(nodesOnPaths(paths, id('w')).has(id('y'))).toBe(false);
    expect(sumText(paths)).toMatch(/ \+ .* = /);
    expect(productText(paths[0]!)).toMatch(/ × /);
  });

  it('replays backward: gradients start at 0 (L at 1), accumulate, and end at the engine values', () => {
    for (const name of EXPRESSIONS) {
      const graph = computeChainGraph(name, drawLeaves(name, 5));
      const steps = replaySteps(graph);
      expect(steps.length).toBe(graph.nodes.filter((n) => !n.isLeaf).length);
      expect(steps[0]!.node).toBe(graph.root);
      expect(gradsAfter(graph, steps, 0).filter((g) => g !== 0)).toEqual([1]);
      gradsAfter(graph, steps, steps.length).forEach((g, i) => expect(g).toBeCloseTo(graph.nodes[i]!.grad, 12));
    }
    const shared = computeChainGraph('dos-caminos', drawLeaves('dos-caminos', 3));
    const steps = replaySteps(shared);
    const w = shared.nodes.find((n) => n.label === 'w')!.id;
    const firstShare = steps.findIndex((s) => s.shares.some((sh) => sh.parent === w));
    const partial = gradsAfter(shared, steps, firstShare + 1)[w]!;
    expect(partial).not.toBeCloseTo(shared.nodes[w]!.grad, 6);
  });

  it('nudges a leaf: ΔL ≈ ε·∂L/∂w for small ε, drifting for large ε; the central difference estimates the gradient', () => {
    for (const name of EXPRESSIONS) {
      const leaves = drawLeaves(name, 3);
      const graph = computeChainGraph(name, leaves);
      const leaf = graph.nodes.find((n) => n.isLeaf && n.label.startsWith('w'))!;
      const small = nudgeLeaf(name, leaves, leaf.label, 0.001, leaf.grad);
      const large = nudgeLeaf(name, leaves, leaf.label, 0.5, leaf.grad);
      expect(small.actualChange).toBeCloseTo(lossAt(name, { ...leaves, [leaf.label]: leaves[leaf.label]! + 0.001 }) - lossAt(name, leaves), 14);
      expect(predictionGap(small)).toBeLessThan(0.05);
      expect(predictionGap(large)).toBeGreaterThan(predictionGap(small));
      expect(small.centralSlope).toBeCloseTo(leaf.grad, 5);
    }
  });

  it('falls back to the neuron and seed 3 on bad props', () => {
    expect(parseChainGraphProps({})).toEqual({ expression: 'neurona', seed: 3 });
    expect(parseChainGraphProps({ expresion: 'arbol', semilla: 'x' })).toEqual({ expression: 'neurona', seed: 3 });
    expect(parseChainGraphProps({ expresion: ' Dos-Caminos ', semilla: '7' })).toEqual({ expression: 'dos-caminos', seed: 7 });
  });
});
