import { exportGraph, topologicalOrder, Trace, type GraphEdge, type GraphNode } from '@/lib/engine';
import { EXPRESSION_BY_NAME, type ExpressionName, type Leaves } from './expressions';

/** A node as drawn: the engine's node plus its place in the grid. */
export interface ChainNode extends GraphNode {
  readonly column: number;
  readonly row: number;
  readonly isLeaf: boolean;
}

/** A computed graph ready to draw: constants (the ½ of the loss) are folded into their edges' numbers. */
export interface ChainGraph {
  readonly nodes: readonly ChainNode[];
  readonly edges: readonly GraphEdge[];
  readonly root: number;
  readonly columns: number;
  readonly rows: number;
  /** The forward and backward events of the pass, with node ids mapped to this graph's ids. */
  readonly trace: Trace;
  /** traceId → id in `nodes` (−1 for hidden constants). */
  readonly fromTrace: readonly number[];
}

/**
 * Builds `name` with `leaves`, runs backward from L (recording a trace) and exports the
 * graph: every node's value and ∂L/∂node, every edge's local derivative ∂child/∂parent.
 */
export function computeChainGraph(name: ExpressionName, leaves: Leaves): ChainGraph {
  const expression = EXPRESSION_BY_NAME[name];
  const trace = new Trace();
  const loss = expression.build(leaves, trace);
  loss.backward();
  const exported = exportGraph(loss);
  const order = topologicalOrder(loss);
  const shown = exported.nodes.filter((n) => n.op !== 'const');
  const ids = new Map(shown.map((n, i) => [n.id, i]));
  const nodes = shown.map((n, i) => {
    const [column, row] = expression.placement[n.label] ?? [0, 0];
    return { ...n, id: i, column, row, isLeaf: n.op === 'leaf' };
  });
  const edges = exported.edges
    .filter((e) => ids.has(e.from) && ids.has(e.to))
    .map((e) => ({ ...e, from: ids.get(e.from)!, to: ids.get(e.to)! }));
  const fromTrace = trace.nodes.map((v) => ids.get(order.indexOf(v)) ?? -1);
  return {
    nodes,
    edges,
    root: ids.get(exported.root)!,
    columns: Math.max(...nodes.map((n) => n.column)) + 1,
    rows: Math.max(...nodes.map((n) => n.row)) + 1,
    trace,
    fromTrace,
  };
}

/** One route from a node to L: its edges in order and the product of their local derivatives. */
export interface ChainPath {
  readonly edges: readonly GraphEdge[];
  readonly product: number;
}

/**
 * Every path from `start` to the root, following edges forward. By the chain rule
 * ∂L/∂start = Σ over paths of Π local derivatives along the path, which equals the
 * gradient backward computes (a test holds them together).
 */
export function pathsToRoot(graph: ChainGraph, start: number): ChainPath[] {
  if (start === graph.root) return [{ edges: [], product: 1 }];
  return graph.edges
    .filter((e) => e.from === start)
    .flatMap((e) => pathsToRoot(graph, e.to).map((rest) => ({ edges: [e, ...rest.edges], product: e.local * rest.product })));
}

/** The ids of `start` and every node it influences: what lights up with a selection. */
export function nodesOnPaths(paths: readonly ChainPath[], start: number): Set<number> {
  const lit = new Set([start]);
  for (const path of paths) for (const e of path.edges) lit.add(e.to);
  return lit;
}
