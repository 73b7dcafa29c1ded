import { useState, type KeyboardEvent } from 'react';
import type { Palette } from '../draw/palette';
import { formatNumber } from '../model/format';
import type { ChainGraph } from './chain-graph';
import { BOX_H, BOX_W, boxCorner, drawingSize, edgeCurve, edgeKey, MIN_SCALE } from './graph-geometry';

interface GraphSvgProps {
  graph: ChainGraph;
  palette: Palette;
  /** The gradient written in each box (the final one, or a partial sum while replaying backward). */
  grads: readonly number[];
  selected: number;
  /** Nodes and edges drawn highlighted (the selection's paths, or the replay's current step). */
  litNodes: ReadonlySet<number>;
  litEdges: ReadonlySet<string>;
  label: string;
  describeNode: (id: number) => string;
  onSelect: (id: number) => void;
}

/** Order in which the arrow keys walk the nodes: column by column, top to bottom. */
function readingOrder(graph: ChainGraph): number[] {
  return [...graph.nodes].sort((a, b) => a.column - b.column || a.row - b.row).map((n) => n.id);
}

/** The computation graph in micrograd's picture: boxes with value and gradient, edges with their local derivative. */
export function GraphSvg({ graph, palette, grads, selected, litNodes, litEdges, label, describeNode, onSelect }: GraphSvgProps) {
  const { width, height } = drawingSize(graph);
  const [focused, setFocused] = useState(-1);
  const order = readingOrder(graph);
  const nodeRefs = new Map<number, SVGGElement>();

  function onKeyDown(event: KeyboardEvent<SVGGElement>, id: number) {
    const at = order.indexOf(id);
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key === 'Enter' || event.key === ' ') onSelect(id);
    else if (event.key in moves) nodeRefs.get(order[Math.max(0, Math.min(order.length - 1, at + moves[event.key]!))]!)?.focus();
    else if (event.key === 'Home' || event.key === 'End') nodeRefs.get(order[event.key === 'Home' ? 0 : order.length - 1]!)?.focus();
    else return;
    event.preventDefault();
  }

  return (
    <div>
      <div className="overflow-x-auto rounded-md" style={{ background: palette.surface }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
        className="block h-auto w-full"
        style={{ minWidth: Math.round(width * MIN_SCALE), aspectRatio: `${width} / ${height}` }}
      >
        {graph.edges.map((edge) => {
          const { d, mid } = edgeCurve(graph, edge);
          const lit = litEdges.has(edgeKey(edge));
          const text = formatNumber(edge.local, 2);
          const pill = 6 + 6.2 * text.length;
          return (
            <g key={edgeKey(edge)} aria-hidden="true">
              <path d={d} fill="none" stroke={lit ? palette.highlight : palette.axis} strokeWidth={lit ? 3 : 1.5} />
              <rect x={mid.x - pill / 2} y={mid.y - 9} width={pill} height={18} rx={9} fill={palette.surface} stroke={lit ? palette.highlight : palette.grid} />
              <text x={mid.x} y={mid.y + 4} textAnchor="middle" fontSize={10.5} fill={lit ? palette.highlight : palette.muted} fontWeight={lit ? 700 : 400}>
                {text}
              </text>
            </g>
          );
        })}
        {graph.nodes.map((node) => {
          const { x, y } = boxCorner(node);
          const lit = litNodes.has(node.id);
          const isSelected = node.id === selected;
          return (
            <g
              key={node.id}
              ref={(el) => {
                if (el) nodeRefs.set(node.id, el);
              }}
              role="button"
              tabIndex={0}
              aria-pressed={isSelected}
              aria-label={describeNode(node.id)}
              onClick={() => onSelect(node.id)}
              onKeyDown={(event) => onKeyDown(event, node.id)}
              onFocus={() => setFocused(node.id)}
              onBlur={() => setFocused(-1)}
              className="cursor-pointer outline-none"
            >
              {focused === node.id && <rect x={x - 4} y={y - 4} width={BOX_W + 8} height={BOX_H + 8} rx={10} fill="none" stroke={palette.accent} strokeWidth={2} strokeDasharray="4 3" />}
              <rect
                x={x}
                y={y}
                width={BOX_W}
                height={BOX_H}
                rx={7}
                fill={isSelected ? palette.highlight : palette.surface}
                fillOpacity={isSelected ? 0.14 : 1}
                stroke={lit ? palette.highlight : palette.nodeStroke}
                strokeWidth={lit ? 2.5 : 1}
              />
              <text x={x + BOX_W / 2} y={y + 16} textAnchor="middle" fontSize={12.5} fontWeight={700} fill={palette.text}>
                {node.label}
              </text>
              <text x={x + BOX_W / 2} y={y + 32} textAnchor="middle" fontSize={11} fill={palette.text}>
                valor {formatNumber(node.data, 2)}
              </text>
              <text x={x + BOX_W / 2} y={y + 47} textAnchor="middle" fontSize={11} fill={palette.muted}>
                grad {formatNumber(grads[node.id]!, 2)}
              </text>
            </g>
          );
        })}
      </svg>
      </div>
      <p className="m-0 mt-1 text-xs text-slate-600 sm:hidden dark:text-slate-400">Desliza el grafo hacia los lados para verlo entero.</p>
    </div>
  );
}
