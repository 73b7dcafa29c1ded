import { formatNumber } from '../model/format';
import { NumbersTable } from '../shared/numbers-table';
import type { ChainGraph } from './chain-graph';

/** The graph as tables: each node's value and gradient, each edge's local derivative. */
export function ChainNumbers({ graph, grads }: { graph: ChainGraph; grads: readonly number[] }) {
  const nodes = graph.nodes.map((n) => [n.label, formatNumber(n.data, 4), formatNumber(grads[n.id]!, 4)]);
  const edges = graph.edges.map((e) => [graph.nodes[e.from]!.label, graph.nodes[e.to]!.label, formatNumber(e.local, 4)]);
  return (
    <div className="space-y-4">
      <NumbersTable caption="Nodos: valor y gradiente ∂L/∂nodo" headers={['Nodo', 'Valor', 'Gradiente']} rows={nodes} />
      <NumbersTable caption="Flechas: derivada local ∂hijo/∂padre" headers={['De', 'A', 'Derivada local']} rows={edges} />
    </div>
  );
}
