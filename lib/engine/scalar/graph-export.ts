import { topologicalOrder } from './topo';
import type { Value, ValueOp } from './value';

/** One node of an exported graph (ids in topological order). */
export interface GraphNode {
  readonly id: number;
  readonly label: string;
  readonly op: ValueOp;
  readonly data: number;
  readonly grad: number;
  /** Exponent of 'pow', slope of 'leakyRelu'. */
  readonly param: number | undefined;
}

/** parent → child, with the local derivative ∂child/∂parent and the gradient it carries (local · child.grad). */
export interface GraphEdge {
  readonly from: number;
  readonly to: number;
  readonly local: number;
  readonly gradient: number;
}

/** A graph for drawing: nodes, edges and the root's id. */
export interface GraphExport {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Id of the node the graph was exported from (the last one). */
  readonly root: number;
}

/**
 * The graph below `root` as plain data for drawing: nodes numbered in topological order
 * (inputs first, root last) with value, gradient, op and label; one edge per use of a
 * parent, labelled with the local derivative of the chain rule.
 */
export function exportGraph(root: Value): GraphExport {
  const order = topologicalOrder(root);
  const ids = new Map<Value, number>();
  order.forEach((v, i) => ids.set(v, i));
  const nodes = order.map((v, id) => ({ id, label: v.label, op: v.op, data: v.data, grad: v.grad, param: v.param }));
  const edges: GraphEdge[] = [];
  order.forEach((v, to) =>
    v.parents.forEach((p, i) => edges.push({ from: ids.get(p)!, to, local: v.local[i]!, gradient: v.local[i]! * v.grad })),
  );
  return { nodes, edges, root: order.length - 1 };
}
