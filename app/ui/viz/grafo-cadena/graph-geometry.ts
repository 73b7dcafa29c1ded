import type { GraphEdge } from '@/lib/engine';
import type { ChainGraph, ChainNode } from './chain-graph';

// Drawing units of the SVG viewBox. The gap between columns leaves room for the label
// of an edge's local derivative; boxes hold three short lines (name, value, gradient).
export const BOX_W = 76;
export const BOX_H = 56;
const COLUMN = 124;
const ROW = 80;
const PAD = 6;
/** The drawing never shrinks below this fraction of its natural size (narrower screens scroll). */
export const MIN_SCALE = 0.74;

/** Width and height of the whole drawing. */
export function drawingSize(graph: ChainGraph): { width: number; height: number } {
  return { width: 2 * PAD + (graph.columns - 1) * COLUMN + BOX_W, height: 2 * PAD + (graph.rows - 1) * ROW + BOX_H };
}

/** Top-left corner of a node's box. */
export function boxCorner(node: ChainNode): { x: number; y: number } {
  return { x: PAD + node.column * COLUMN, y: PAD + node.row * ROW };
}

/**
 * An edge as a cubic curve from the right side of the parent's box to the left side of the
 * child's, with its midpoint (where the local derivative is written).
 */
export function edgeCurve(graph: ChainGraph, edge: GraphEdge): { d: string; mid: { x: number; y: number } } {
  const from = boxCorner(graph.nodes[edge.from]!);
  const to = boxCorner(graph.nodes[edge.to]!);
  const x1 = from.x + BOX_W;
  const y1 = from.y + BOX_H / 2;
  const x2 = to.x;
  const y2 = to.y + BOX_H / 2;
  const bend = (x2 - x1) / 2;
  return {
    d: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`,
    // The curve's point at t = ½ is the average of its ends, by symmetry of the control points.
    mid: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 },
  };
}

/** A stable key for an edge (a parent used twice by one op would need more; none of the graphs does). */
export function edgeKey(edge: GraphEdge): string {
  return `${edge.from}-${edge.to}`;
}
