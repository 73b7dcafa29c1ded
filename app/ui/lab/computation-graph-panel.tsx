'use client';

import { memo, useId, useMemo, useState } from 'react';
import type { Feature, Network } from '@/lib/engine';
import { nodesOnPaths, pathsToRoot } from '@/app/ui/viz/grafo-cadena/chain-graph';
import { edgeKey } from '@/app/ui/viz/grafo-cadena/graph-geometry';
import { GraphSvg } from '@/app/ui/viz/grafo-cadena/graph-svg';
import { usePalette } from '@/app/ui/viz/shared/use-palette';
import { graphNodeDescription, graphNodeLabel, weightOfLabel } from './model/graph-labels';
import { MAX_GRAPH_WEIGHTS, labScalarGraph, nodeOfWeight, weightCount } from './model/scalar-graph';
import type { WeightRef } from './model/weight-paths';
import { panel } from './styles';

interface Props {
  net: Network;
  features: readonly Feature[];
  /** The example drawn: its input and target. */
  x: Float64Array;
  target: number;
  /** Changes when the weights may have changed; constant while training, so nothing redraws per frame. */
  stamp: number;
  frozen: boolean;
  open: boolean;
  selected: WeightRef | null;
  onOpen: (open: boolean) => void;
  onSelect: (weight: WeightRef) => void;
}

/**
 * «Ver como grafo de cómputo»: the same network and example as the engine's scalar graph
 * (each node with value and gradient, each edge with its local derivative). Choosing a
 * weight node chooses the same weight in the neuron drawing, and the other way round.
 */
export const ComputationGraphPanel = memo(function ComputationGraphPanel({ net, features, x, target, stamp, frozen, open, selected, onOpen, onSelect }: Props) {
  const palette = usePalette();
  const noteId = useId();
  // A non-weight node picked here; choosing a weight anywhere replaces it.
  const [picked, setPicked] = useState<number | null>(null);
  const [seen, setSeen] = useState(selected);
  if (seen !== selected) {
    setSeen(selected);
    setPicked(null);
  }
  const count = weightCount(net);
  const allowed = count <= MAX_GRAPH_WEIGHTS;
  // stamp stands for the weights, which change in place.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const graph = useMemo(() => (open && allowed ? labScalarGraph(net, x, target) : null), [open, allowed, net, x, target, stamp]);
  const named = useMemo(() => graph && { ...graph, nodes: graph.nodes.map((n) => ({ ...n, label: graphNodeLabel(n, features) })) }, [graph, features]);
  const weightNode = graph ? nodeOfWeight(graph, selected) : -1;
  const chosen = picked ?? weightNode;
  const paths = useMemo(() => (graph && chosen >= 0 ? pathsToRoot(graph, chosen) : []), [graph, chosen]);
  const choose = (id: number) => {
    const w = graph ? weightOfLabel(graph.nodes[id]!.label) : null;
    setPicked(w ? null : id);
    if (w) onSelect(w);
  };
  const node = named && chosen >= 0 ? named.nodes[chosen] : null;
  return (
    <section className={panel} data-testid="grafo-computo">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={open && allowed} disabled={!allowed} onChange={(e) => onOpen(e.target.checked)} aria-describedby={noteId} />
        Ver como grafo de cómputo
      </label>
      <p id={noteId} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {allowed
          ? 'Cada operación de la red, para el ejemplo actual, con su valor y su gradiente; en las flechas, la derivada local.'
          : `Disponible para redes de hasta ${MAX_GRAPH_WEIGHTS} pesos; esta tiene ${count}. Quita neuronas o capas para verlo.`}
        {frozen && named && ' Se actualiza al pausar el entrenamiento.'}
      </p>
      {named && (
        <div className="mt-2">
          <GraphSvg
            graph={named}
            palette={palette}
            grads={named.nodes.map((n) => n.grad)}
            selected={chosen}
            litNodes={chosen >= 0 ? nodesOnPaths(paths, chosen) : new Set()}
            litEdges={new Set(paths.flatMap((p) => p.edges.map(edgeKey)))}
            label="Grafo de cómputo de la pérdida para el ejemplo actual"
            describeNode={(id) => graphNodeDescription(named.nodes[id]!.label, named.nodes[id]!)}
            onSelect={choose}
          />
          <p className="mt-1 text-xs" aria-live="polite" data-testid="grafo-seleccion">
            {node ? `${graphNodeDescription(node.label, node)}; ${paths.length === 1 ? 'un camino' : `${paths.length} caminos`} hasta L.` : 'Elige un nodo para ver sus caminos hasta la pérdida L; un peso se marca también en el dibujo de la red.'}
          </p>
        </div>
      )}
    </section>
  );
});
