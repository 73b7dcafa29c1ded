import { formatNumber } from '../model/format';
import type { PaintContext } from './canvas-view';
import { clampToPlot, curvePlot, paintCurve } from './curve';
import { type Plot, plotX, plotY } from './plot';
import { arrow, disc, font, haloText } from './shapes';

export interface SlopePicture {
  readonly samples: Float64Array;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** The current weight with the engine's L(w) and dL/dw there. */
  readonly w: number;
  readonly loss: number;
  readonly slope: number;
  /** Minima found so far: [w, L] pairs. */
  readonly minima: readonly (readonly [number, number])[];
  readonly focused: boolean;
}

export function slopePlot(picture: Pick<SlopePicture, 'domain' | 'range'>, width: number, height: number): Plot {
  return curvePlot(width, height, picture.domain, picture.range);
}

/**
 * The curve L(w), the tangent at w (the line L + dL/dw·(v − w) for v within ±0,9 of w), an
 * arrow along w towards lower loss (against the slope's sign, longer for steeper slopes),
 * the point itself and a mark on every minimum found.
 */
export function paintSlope(p: PaintContext, picture: SlopePicture): void {
  const { ctx, palette } = p;
  const plot = slopePlot(picture, p.width, p.height);
  paintCurve(p, plot, picture.samples);
  const { w, loss, slope } = picture;
  // A step that left the chart leaves the point on its edge.
  const [x, y] = clampToPlot(plot, plotX(plot, w), plotY(plot, loss));

  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.left, plot.top, plot.width, plot.height);
  ctx.clip();
  ctx.strokeStyle = palette.positive;
  ctx.lineWidth = 2;
  ctx.setLineDash([6, 4]);
  ctx.beginPath();
  ctx.moveTo(plotX(plot, w - 0.9), plotY(plot, loss - 0.9 * slope));
  ctx.lineTo(plotX(plot, w + 0.9), plotY(plot, loss + 0.9 * slope));
  ctx.stroke();
  ctx.setLineDash([]);

  for (const [mw, ml] of picture.minima) {
    const mx = plotX(plot, mw);
    const my = plotY(plot, ml);
    ctx.fillStyle = palette.accent;
    ctx.beginPath();
    ctx.moveTo(mx, my + 4);
    ctx.lineTo(mx - 7, my + 16);
    ctx.lineTo(mx + 7, my + 16);
    ctx.closePath();
    ctx.fill();
    ctx.font = font(11, true);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    haloText(ctx, 'mínimo', mx, my + 18, palette.accent, palette.surface);
  }
  ctx.restore();

  if (Math.abs(slope) > 1e-3) {
    const direction = slope > 0 ? -1 : 1;
    const length = Math.min(70, 18 + 14 * Math.abs(slope));
    ctx.strokeStyle = palette.negative;
    ctx.fillStyle = palette.negative;
    ctx.lineWidth = 3;
    const ay = Math.min(plot.top + plot.height - 12, y + 26);
    arrow(ctx, x, ay, x + direction * length, ay, 10);
    ctx.font = font(11, true);
    ctx.textAlign = direction > 0 ? 'left' : 'right';
    ctx.textBaseline = 'middle';
    haloText(ctx, 'baja', x + direction * (length + 6), ay, palette.negative, palette.surface);
  }
  disc(ctx, x, y, 8, palette.negative, picture.focused ? palette.highlight : palette.surface, picture.focused ? 3 : 2);
  ctx.font = font(12, true);
  ctx.textAlign = x > plot.left + plot.width / 2 ? 'right' : 'left';
  ctx.textBaseline = 'bottom';
  haloText(ctx, `dL/dw = ${formatNumber(slope)}`, x + (x > plot.left + plot.width / 2 ? -12 : 12), y - 10, palette.positive, palette.surface);
}
