import type { ChainGraph } from './chain-graph';

/** One operation of the backward pass: `node` hands local · grad to each of its parents. */
export interface ReplayStep {
  readonly node: number;
  readonly grad: number;
  readonly shares: readonly { readonly parent: number; readonly local: number; readonly added: number; readonly parentGrad: number }[];
}

/**
 * The engine's recorded backward pass as steps on the drawn graph, in the order backward ran
 * them (reverse topological). Leaves hand nothing on and constants are not drawn, so
 * neither appears.
 */
export function replaySteps(graph: ChainGraph): ReplayStep[] {
  return graph.trace.backwardEvents().flatMap((event) => {
    const node = graph.fromTrace[event.node]!;
    const shares = event.contributions
      .map((c) => ({ parent: graph.fromTrace[c.parent]!, local: c.local, added: c.added, parentGrad: c.parentGrad }))
      .filter((c) => c.parent >= 0);
    return node >= 0 && shares.length > 0 ? [{ node, grad: event.grad, shares }] : [];
  });
}

/**
 * Every node's grad after the first `done` steps: L starts at 1 (∂L/∂L), the rest at 0,
 * and each step adds its shares (so a node reached by two paths shows its partial sum).
 */
export function gradsAfter(graph: ChainGraph, steps: readonly ReplayStep[], done: number): number[] {
  const grads: number[] = graph.nodes.map((n) => (n.id === graph.root ? 1 : 0));
  for (const step of steps.slice(0, done)) for (const share of step.shares) grads[share.parent] = share.parentGrad;
  return grads;
}
