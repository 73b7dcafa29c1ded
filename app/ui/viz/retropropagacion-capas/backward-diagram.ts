import type { PaintContext } from '../draw/canvas-view';
import { DASH, paintFocusedEdge, paintLayerTitles, paintPulse, SOLID, strokeEdge } from '../draw/network-parts';
import { disc, font, haloText } from '../draw/shapes';
import { formatNumber } from '../model/format';
import { type DiagramLayout, edgeEnds, unitName } from '../model/network-layout';
import { type BackwardSnapshot, deltaKnown, frontLayer, maxAbsDelta, maxAbsGradient } from './backward-model';
import { DELTA_DECIMALS } from './backward-text';

/** Everything the backward diagram shows at one instant. */
export interface BackwardPicture {
  readonly snapshot: BackwardSnapshot;
  readonly layout: DiagramLayout;
  /** Layers whose δ is known, counted from the output (0 = only the forward pass). */
  readonly step: number;
  /** 0 … 1 while the error travels into the layer of `step`; 1 when still. */
  readonly progress: number;
  /** Index in layout.items with keyboard focus or under the pointer, −1 for none. */
  readonly focus: number;
}

/**
 * Draws the backward pass: weights whose blame is known as lines whose width is ∝ |∂L/∂w|
 * (blue solid if positive, orange dashed if negative), the others thin and grey; pulses
 * running right to left into the layer being computed; neurons tinted by δ with δ under them.
 */
export function paintBackward({ ctx, width, palette }: PaintContext, picture: BackwardPicture): void {
  const { snapshot, layout, step, progress, focus } = picture;
  const sizes = snapshot.sizes;
  const front = step > 0 ? frontLayer(sizes, step) : -1;
  const gradScale = 7 / maxAbsGradient(snapshot);
  const focused = focus >= 0 ? layout.items[focus] : undefined;

  layout.items.forEach((item) => {
    if (item.kind !== 'edge') return;
    const [x0, y0, x1, y1] = edgeEnds(layout, item);
    const g = snapshot.gradW[item.layer]![item.to * sizes[item.layer]! + item.from]!;
    const known = deltaKnown(sizes, item.layer + 1, step);
    const arriving = item.layer + 1 === front && progress < 1;
    ctx.globalAlpha = known ? (arriving ? 0.25 + 0.75 * progress : 1) : 0.6;
    ctx.strokeStyle = known ? (g >= 0 ? palette.positive : palette.negative) : palette.axis;
    ctx.lineWidth = known ? 1 + Math.abs(g) * gradScale : 1;
    ctx.setLineDash(known && g < 0 ? DASH : SOLID);
    strokeEdge(ctx, layout, item);
    // The error flows against the arrows: from the layer ahead back into the front layer.
    if (progress < 1 && item.layer === front) paintPulse(ctx, [x1, y1, x0, y0], progress, palette.highlight, palette);
  });
  ctx.setLineDash(SOLID);
  ctx.globalAlpha = 1;

  if (focused?.kind === 'edge') paintFocusedEdge(ctx, layout, focused, palette);

  paintLayerTitles(ctx, layout, sizes, width, palette, front);

  const r = layout.r;
  const deltaScale = 0.5 / maxAbsDelta(snapshot);
  const valueFont = font(r >= 18 ? 12 : 10, true);
  const smallFont = font(r >= 18 ? 11 : 10);
  sizes.forEach((n, l) => {
    for (let k = 0; k < n; k++) {
      const x = layout.x[l]![k]!;
      const y = layout.y[l]![k]!;
      const shown = deltaKnown(sizes, l, step) && (l !== front || progress >= 0.85);
      const delta = l > 0 ? snapshot.delta[l - 1]![k]! : 0;
      disc(ctx, x, y, r, palette.surface, l === front ? palette.highlight : palette.nodeStroke, l === front ? 3 : 2);
      if (shown) {
        ctx.globalAlpha = Math.abs(delta) * deltaScale;
        disc(ctx, x, y, r - 1.5, delta >= 0 ? palette.positive : palette.negative, palette.surface, 0);
        ctx.globalAlpha = 1;
      }
      if (focused?.kind === 'neuron' && focused.layer === l && focused.index === k) {
        ctx.beginPath();
        ctx.arc(x, y, r + 4, 0, 2 * Math.PI);
        ctx.strokeStyle = palette.highlight;
        ctx.lineWidth = 3;
        ctx.stroke();
      }
      ctx.font = smallFont;
      haloText(ctx, unitName(sizes, l, k).split(' ')[0]!, x - r * 0.75, y - r - 7, palette.muted, palette.surface);
      const value = formatNumber(l === 0 ? snapshot.inputs[k]! : snapshot.a[l - 1]![k]!);
      ctx.font = valueFont;
      // On a narrow canvas the circles shrink: a smaller font keeps "−1,00" inside its circle.
      if (ctx.measureText(value).width > 2 * r - 4) ctx.font = font(9, true);
      ctx.fillStyle = palette.text;
      ctx.fillText(value, x, y);
      if (shown) {
        ctx.font = valueFont;
        haloText(ctx, `δ ${formatNumber(delta, DELTA_DECIMALS)}`, x, y + r + 10, palette.text, palette.surface);
      }
    }
  });
}
