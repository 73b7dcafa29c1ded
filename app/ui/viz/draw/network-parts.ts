import type { DiagramItem, DiagramLayout } from '../model/network-layout';
import { edgeEnds } from '../model/network-layout';
import type { Palette } from './palette';
import { disc, font } from './shapes';

type Edge = Extract<DiagramItem, { kind: 'edge' }>;

/** Dashes for negative values and the focus outline; an empty array draws solid. */
export const DASH: number[] = [5, 4];
export const SOLID: number[] = [];

/** One edge as a straight segment with the context's current stroke. */
export function strokeEdge(ctx: CanvasRenderingContext2D, layout: DiagramLayout, edge: Edge): void {
  const [x0, y0, x1, y1] = edgeEnds(layout, edge);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

/** The edge under keyboard focus or the pointer: a thick dashed outline on top of the others. */
export function paintFocusedEdge(ctx: CanvasRenderingContext2D, layout: DiagramLayout, edge: Edge, palette: Palette): void {
  ctx.strokeStyle = palette.highlight;
  ctx.lineWidth = 3;
  ctx.setLineDash(DASH);
  strokeEdge(ctx, layout, edge);
  ctx.setLineDash(SOLID);
}

/** «Entrada», «Oculta 1…», «Salida» above each column; `marked` is drawn in the highlight colour with an arrow. */
export function paintLayerTitles(ctx: CanvasRenderingContext2D, layout: DiagramLayout, sizes: readonly number[], width: number, palette: Palette, marked = -1): void {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = font(12, true);
  const margin = marked >= 0 ? 34 : 30;
  sizes.forEach((_, l) => {
    const title = l === 0 ? 'Entrada' : l === sizes.length - 1 ? 'Salida' : sizes.length > 3 ? `Oculta ${l}` : 'Oculta';
    ctx.fillStyle = l === marked ? palette.highlight : palette.muted;
    ctx.fillText(l === marked ? `← ${title}` : title, Math.min(Math.max(layout.x[l]![0]!, margin), width - margin), 12);
  });
}

/** A dot travelling along an edge from (x0, y0) to (x1, y1); it arrives when `progress` reaches 0.85, before the values appear. */
export function paintPulse(ctx: CanvasRenderingContext2D, [x0, y0, x1, y1]: readonly [number, number, number, number], progress: number, fill: string, palette: Palette): void {
  const t = Math.min(progress / 0.85, 1);
  ctx.globalAlpha = 1;
  disc(ctx, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, 4, fill, palette.surface, 1.5);
}
