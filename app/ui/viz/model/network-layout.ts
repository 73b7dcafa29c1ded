import { formatNumber, subscript } from './format';
import type { NetworkSnapshot } from './network-forward';

/** Something in the diagram a pointer or the keyboard can point at. */
export type DiagramItem =
  | { readonly kind: 'neuron'; readonly layer: number; readonly index: number }
  | { readonly kind: 'edge'; readonly layer: number; readonly from: number; readonly to: number };

/** Neuron centres in CSS pixels: x[l][k], y[l][k]; r is the node radius. */
export interface DiagramLayout {
  readonly x: readonly Float64Array[];
  readonly y: readonly Float64Array[];
  readonly r: number;
  readonly items: readonly DiagramItem[];
}

/** Columns spread across the width, units centred in each column, radius to fit the tightest gap. */
export function layoutNetwork(sizes: readonly number[], width: number, height: number): DiagramLayout {
  const layers = sizes.length;
  const padX = Math.min(56, width * 0.12);
  const padTop = 34;
  const padBottom = 14;
  const columnGap = (width - 2 * padX) / Math.max(layers - 1, 1);
  const tallest = Math.max(...sizes);
  const rowGap = Math.min((height - padTop - padBottom) / tallest, 110);
  const r = Math.max(11, Math.min(26, rowGap * 0.34, columnGap * 0.22));
  const x = sizes.map((n, l) => new Float64Array(n).fill(padX + l * columnGap));
  const y = sizes.map((n) => {
    const top = padTop + (height - padTop - padBottom - n * rowGap) / 2 + rowGap / 2;
    return Float64Array.from({ length: n }, (_, k) => top + k * rowGap);
  });
  return { x, y, r, items: diagramItems(sizes) };
}

/** Keyboard order: each layer's neurons, then the weights leaving it (by target, then source). */
export function diagramItems(sizes: readonly number[]): DiagramItem[] {
  const items: DiagramItem[] = [];
  sizes.forEach((n, layer) => {
    for (let index = 0; index < n; index++) items.push({ kind: 'neuron', layer, index });
    if (layer === sizes.length - 1) return;
    for (let to = 0; to < sizes[layer + 1]!; to++) for (let from = 0; from < n; from++) items.push({ kind: 'edge', layer, from, to });
  });
  return items;
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
export function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Index in layout.items under (px, py): a neuron within its radius, else an edge within 6 px; −1 if none. */
export function hitTest(layout: DiagramLayout, px: number, py: number): number {
  let best = -1;
  let bestDistance = 6;
  layout.items.forEach((item, k) => {
    if (item.kind === 'neuron') {
      const d = Math.hypot(px - layout.x[item.layer]![item.index]!, py - layout.y[item.layer]![item.index]!);
      if (d <= layout.r) {
        best = k;
        bestDistance = -1;
      }
      return;
    }
    if (bestDistance < 0) return;
    const d = segmentDistance(px, py, ...edgeEnds(layout, item));
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  });
  return best;
}

/** The edge's end points, trimmed to the node circles. */
export function edgeEnds(layout: DiagramLayout, item: Extract<DiagramItem, { kind: 'edge' }>): [number, number, number, number] {
  return [layout.x[item.layer]![item.from]!, layout.y[item.layer]![item.from]!, layout.x[item.layer + 1]![item.to]!, layout.y[item.layer + 1]![item.to]!];
}

/** Short name of unit k of layer l: x₁ for inputs, ŷ (or ŷ₁…) for outputs, h₁ for hidden units. */
export function unitName(sizes: readonly number[], layer: number, k: number): string {
  if (layer === 0) return `x${subscript(k + 1)}`;
  if (layer === sizes.length - 1) return sizes[layer] === 1 ? 'ŷ' : `ŷ${subscript(k + 1)}`;
  return sizes.length > 3 ? `h${subscript(k + 1)} (capa oculta ${layer})` : `h${subscript(k + 1)}`;
}

/**
 * What the diagram says about an item, in Spanish: a weight's value, an input's value, or a
 * neuron's z and a once the forward pass has reached its layer (`revealed` layers computed;
 * null in the static diagram, which shows each neuron's bias instead).
 */
export function describeItem(item: DiagramItem, snapshot: NetworkSnapshot, revealed: number | null): string {
  const sizes = snapshot.sizes;
  if (item.kind === 'edge') {
    const nIn = sizes[item.layer]!;
    const w = snapshot.weights[item.layer]![item.to * nIn + item.from]!;
    return `Peso de ${unitName(sizes, item.layer, item.from)} a ${unitName(sizes, item.layer + 1, item.to)}: w = ${formatNumber(w)}`;
  }
  const name = unitName(sizes, item.layer, item.index);
  if (item.layer === 0) return `Entrada ${name} = ${formatNumber(snapshot.inputs[item.index]!)}`;
  const role = item.layer === sizes.length - 1 ? 'Neurona de salida' : 'Neurona';
  if (revealed === null) return `${role} ${name}: sesgo b = ${formatNumber(snapshot.biases[item.layer - 1]![item.index]!)}`;
  if (revealed < item.layer) return `${role} ${name}: aún sin calcular`;
  const z = snapshot.z[item.layer - 1]![item.index]!;
  const a = snapshot.a[item.layer - 1]![item.index]!;
  return `${role} ${name}: z = ${formatNumber(z)}, a = ${formatNumber(a)}`;
}
