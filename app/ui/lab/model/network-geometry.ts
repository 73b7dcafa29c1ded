import type { Feature } from '@/lib/engine';

export interface NodeSpot {
  /** Column (0 = inputs) and row inside the column. */
  col: number;
  row: number;
  /** Centre in percent of the view's width and height. */
  x: number;
  y: number;
}

/**
 * Positions of the input features, hidden units and the output unit on a grid that fills
 * the view: columns evenly spaced, each column's nodes centred vertically.
 */
export function networkGeometry(inputs: readonly Feature[], hidden: readonly number[]): { columns: NodeSpot[][]; rows: number } {
  const counts = [inputs.length, ...hidden, 1];
  const rows = Math.max(...counts);
  const columns = counts.map((count, col) =>
    Array.from({ length: count }, (_, row) => ({
      col,
      row,
      x: ((col + 0.5) / counts.length) * 100,
      y: ((row + 0.5 + (rows - count) / 2) / rows) * 100,
    })),
  );
  return { columns, rows };
}

/** A cubic curve between two centres, horizontal at both ends (Playground's edge shape). */
export function edgePath(a: { x: number; y: number }, b: { x: number; y: number }): string {
  const mid = (a.x + b.x) / 2;
  return `M${a.x} ${a.y} C${mid} ${a.y} ${mid} ${b.y} ${b.x} ${b.y}`;
}
