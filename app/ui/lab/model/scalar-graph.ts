import { exportGraph, scalarLoss, toScalarMlp, Trace, Value, type GraphNode, type Network } from '@/lib/engine';
import type { ChainGraph, ChainNode } from '@/app/ui/viz/grafo-cadena/chain-graph';
import type { WeightRef } from './weight-paths';

/** Networks with more weights than this are too wide to read as a scalar graph. */
export const MAX_GRAPH_WEIGHTS = 12;

export function weightCount(net: Network): number {
  return net.layers.reduce((n, l) => n + l.nIn * l.nOut, 0);
}

/**
 * Column of every node: an operation sits one column right of its deepest parent (depth
 * from the inputs); a leaf (input, weight, bias) sits just left of the first operation that
 * uses it, so each weight is drawn beside the product it enters instead of far away.
 */
function columnsByDepth(nodes: readonly GraphNode[], parents: readonly number[][]): number[] {
  const col = nodes.map(() => 0);
  for (const n of nodes) if (parents[n.id]!.length > 0) col[n.id] = 1 + Math.max(...parents[n.id]!.map((p) => col[p]!));
  const firstUse = nodes.map(() => Infinity);
  for (const n of nodes) for (const p of parents[n.id]!) firstUse[p] = Math.min(firstUse[p]!, col[n.id]!);
  return nodes.map((n) => (parents[n.id]!.length === 0 && Number.isFinite(firstUse[n.id]) ? Math.max(0, firstUse[n.id]! - 1) : col[n.id]!));
}

/**
 * The network's loss on one example as the engine's scalar graph (Value), after backward:
 * each node with its value and ∂L/∂node, each edge with its local derivative, in columns by
 * depth. Constants (the target, the ½ of the loss) are folded into their edges' numbers.
 */
export function labScalarGraph(net: Network, x: ArrayLike<number>, target: number): ChainGraph {
  const mlp = toScalarMlp(net);
  const inputs = Array.from(x, (v, i) => new Value(v, { label: `x${i}` }));
  const loss = scalarLoss(net.loss, mlp.forward(inputs), [target]);
  loss.label = 'L';
  loss.backward();
  const exported = exportGraph(loss);
  const shown = exported.nodes.filter((n) => n.op !== 'const');
  const ids = new Map(shown.map((n, i) => [n.id, i]));
  const edges = exported.edges.filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => ({ ...e, from: ids.get(e.from)!, to: ids.get(e.to)! }));
  const renumbered = shown.map((n, i) => ({ ...n, id: i }));
  const parents = renumbered.map((n) => edges.filter((e) => e.to === n.id).map((e) => e.from));
  const column = columnsByDepth(renumbered, parents);
  const rowsUsed = new Map<number, number>();
  const nodes: ChainNode[] = renumbered.map((n) => {
    const row = rowsUsed.get(column[n.id]!) ?? 0;
    rowsUsed.set(column[n.id]!, row + 1);
    return { ...n, column: column[n.id]!, row, isLeaf: n.op === 'leaf' };
  });
  return {
    nodes,
    edges,
    root: ids.get(exported.root)!,
    columns: Math.max(...column) + 1,
    rows: Math.max(...rowsUsed.values()),
    // The lab draws the finished pass only; there is no replay to trace.
    trace: new Trace(),
    fromTrace: [],
  };
}

/** The node drawing a weight, or −1 (labels are still the engine's: w{layer}_{to}_{from}). */
export function nodeOfWeight(graph: ChainGraph, w: WeightRef | null): number {
  if (!w) return -1;
  return graph.nodes.findIndex((n) => n.label === `w${w.layer}_${w.to}_${w.from}`);
}
