import { formatNumber } from '../model/format';
import { type NetworkSnapshot, maxAbsWeight } from '../model/network-forward';
import { type DiagramLayout, edgeEnds, unitName } from '../model/network-layout';
import type { PaintContext } from './canvas-view';
import { DASH, paintFocusedEdge, paintLayerTitles, paintPulse, SOLID, strokeEdge } from './network-parts';
import { disc, font, haloText } from './shapes';

/** Everything the diagram shows at one instant. */
export interface NetworkPicture {
  readonly snapshot: NetworkSnapshot;
  readonly layout: DiagramLayout;
  /** Layers whose z and a are known (0 = only the inputs); null hides every value (modo estático). */
  readonly revealed: number | null;
  /** 0 … 1 while the signal travels into layer `revealed`; 1 when still. */
  readonly progress: number;
  /** Index in layout.items with keyboard focus or under the pointer, −1 for none. */
  readonly focus: number;
}

/** Draws the network: weighted edges (blue +, dashed orange −, width ∝ |w|), travelling pulses, neurons and their values. */
export function paintNetwork({ ctx, width, palette }: PaintContext, picture: NetworkPicture): void {
  const { snapshot, layout, revealed, progress, focus } = picture;
  const sizes = snapshot.sizes;
  const scale = 5 / maxAbsWeight(snapshot);
  const focused = focus >= 0 ? layout.items[focus] : undefined;

  layout.items.forEach((item) => {
    if (item.kind !== 'edge') return;
    const w = snapshot.weights[item.layer]![item.to * sizes[item.layer]! + item.from]!;
    const [x0, y0, x1, y1] = edgeEnds(layout, item);
    const waiting = revealed !== null && item.layer + 1 > revealed;
    ctx.globalAlpha = waiting ? 0.55 : 1;
    ctx.strokeStyle = w >= 0 ? palette.positive : palette.negative;
    ctx.lineWidth = 1 + Math.abs(w) * scale;
    ctx.setLineDash(w >= 0 ? SOLID : DASH);
    strokeEdge(ctx, layout, item);
    if (revealed !== null && progress < 1 && item.layer + 1 === revealed) paintPulse(ctx, [x0, y0, x1, y1], progress, palette.accent, palette);
  });
  ctx.setLineDash(SOLID);
  ctx.globalAlpha = 1;

  if (focused?.kind === 'edge') paintFocusedEdge(ctx, layout, focused, palette);

  paintLayerTitles(ctx, layout, sizes, width, palette);

  const r = layout.r;
  const valueFont = font(r >= 18 ? 12 : 10, true);
  const smallFont = font(r >= 18 ? 11 : 10);
  sizes.forEach((n, l) => {
    const known = revealed !== null && (l === 0 || l < revealed || (l === revealed && progress >= 0.85));
    for (let k = 0; k < n; k++) {
      const x = layout.x[l]![k]!;
      const y = layout.y[l]![k]!;
      const a = l === 0 ? snapshot.inputs[k]! : snapshot.a[l - 1]![k]!;
      disc(ctx, x, y, r, palette.surface, palette.nodeStroke);
      if (known) {
        ctx.globalAlpha = Math.min(Math.abs(a), 1) * 0.45;
        disc(ctx, x, y, r - 1, a >= 0 ? palette.positive : palette.negative, palette.surface, 0);
        ctx.globalAlpha = 1;
      }
      const isFocus = focused?.kind === 'neuron' && focused.layer === l && focused.index === k;
      if (isFocus) {
        ctx.beginPath();
        ctx.arc(x, y, r + 4, 0, 2 * Math.PI);
        ctx.strokeStyle = palette.highlight;
        ctx.lineWidth = 3;
        ctx.stroke();
      }
      ctx.font = smallFont;
      haloText(ctx, unitName(sizes, l, k).split(' ')[0]!, x - r * 0.75, y - r - 7, palette.muted, palette.surface);
      ctx.font = valueFont;
      ctx.fillStyle = palette.text;
      if (known) ctx.fillText(formatNumber(a), x, y);
      if (known && l > 0) {
        ctx.font = smallFont;
        haloText(ctx, `z ${formatNumber(snapshot.z[l - 1]![k]!)}`, x, y + r + 9, palette.muted, palette.surface);
      }
    }
  });
}
