import { formatNumber } from '../model/format';
import type { ChainGraph, ChainPath } from './chain-graph';

/** Digits of the factors and products written out under the graph. */
export const PATH_DIGITS = 3;

/** A factor as it appears inside a product: negatives in parentheses, "× (−1,200)". */
export function factor(v: number): string {
  const text = formatNumber(v, PATH_DIGITS);
  return v < 0 ? `(${text})` : text;
}

/** "w → w·x → z → … → L": the nodes a path visits. */
export function routeText(graph: ChainGraph, start: number, path: ChainPath): string {
  return [graph.nodes[start]!.label, ...path.edges.map((e) => graph.nodes[e.to]!.label)].join(' → ');
}

/** "0,800 × 1,000 × (−0,620) = −0,496": the local derivatives along a path and their product. */
export function productText(path: ChainPath): string {
  if (path.edges.length === 0) return '1';
  return `${path.edges.map((e) => factor(e.local)).join(' × ')} = ${formatNumber(path.product, PATH_DIGITS)}`;
}

/** "−0,496 + 0,120 = −0,376": the sum over paths (just the product when there is one). */
export function sumText(paths: readonly ChainPath[]): string {
  const total = paths.reduce((s, p) => s + p.product, 0);
  if (paths.length === 1) return formatNumber(total, PATH_DIGITS);
  const terms = paths.map((p, i) => (i === 0 ? formatNumber(p.product, PATH_DIGITS) : factor(p.product)));
  return `${terms.join(' + ')} = ${formatNumber(total, PATH_DIGITS)}`;
}

/** "∂L/∂w": the derivative the panel is about. */
export function derivativeName(graph: ChainGraph, id: number): string {
  return `∂L/∂${graph.nodes[id]!.label}`;
}
