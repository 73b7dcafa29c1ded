import type { PaintContext } from '../draw/canvas-view';
import { drawAxes, type Plot, plotX, plotY } from '../draw/plot';
import { disc, font, haloText } from '../draw/shapes';
import { formatNumber } from '../model/format';
import { CURVE_LABELS, type CurveSamples, valuesAt, Z_DOMAIN } from './activation-model';

/** What the canvas shows: one panel per activation, all with the marker at the same z. */
export interface ActivationsPicture {
  readonly curves: readonly CurveSamples[];
  readonly z: number;
  readonly alpha: number;
  readonly focused: boolean;
}

/** Shared vertical range, so a′ can be compared across panels (ReLU's a leaves it above 1,5). */
const Y_DOMAIN = [-1.25, 1.5] as const;
const TITLE = 20;

function grid(count: number): { cols: number; rows: number } {
  const cols = count === 1 ? 1 : 2;
  return { cols, rows: Math.ceil(count / cols) };
}

/** CSS aspect ratio of the canvas box for `count` panels (fixed before drawing: no layout shift). */
export function panelsAspect(count: number): string {
  const { cols, rows } = grid(count);
  return `${cols * 4} / ${rows * 3.4}`;
}

/** The plot rectangle of each panel, row by row. */
export function panelPlots(count: number, width: number, height: number): Plot[] {
  const { cols, rows } = grid(count);
  const cellW = width / cols;
  const cellH = height / rows;
  return Array.from({ length: count }, (_, k) => ({
    left: (k % cols) * cellW + 30,
    top: Math.floor(k / cols) * cellH + TITLE + 4,
    width: cellW - 40,
    height: cellH - TITLE - 24,
    xMin: Z_DOMAIN[0],
    xMax: Z_DOMAIN[1],
    yMin: Y_DOMAIN[0],
    yMax: Y_DOMAIN[1],
  }));
}

/** Saturated bands, axes, a(z) solid, a′(z) dashed, and the marker with both values. */
export function paintActivations(p: PaintContext, picture: ActivationsPicture): void {
  const plots = panelPlots(picture.curves.length, p.width, p.height);
  picture.curves.forEach((curve, k) => paintPanel(p, plots[k]!, curve, picture));
}

function paintPanel({ ctx, palette }: PaintContext, plot: Plot, curve: CurveSamples, picture: ActivationsPicture): void {
  ctx.fillStyle = palette.dark ? 'rgba(148, 163, 184, 0.16)' : 'rgba(100, 116, 139, 0.13)';
  for (const [from, to] of curve.saturated) {
    const x0 = plotX(plot, from);
    ctx.fillRect(x0, plot.top, Math.max(2, plotX(plot, to) - x0), plot.height);
  }
  drawAxes(ctx, plot, palette, 'z', '', 4);

  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.left, plot.top, plot.width, plot.height);
  ctx.clip();
  line(ctx, plot, curve.z, curve.a, palette.positive, []);
  line(ctx, plot, curve.z, curve.slope, palette.negative, [6, 4]);
  const { a, slope } = valuesAt(curve.name, picture.z, picture.alpha);
  const x = plotX(plot, picture.z);
  ctx.strokeStyle = picture.focused ? palette.highlight : palette.muted;
  ctx.lineWidth = picture.focused ? 2 : 1;
  ctx.beginPath();
  ctx.moveTo(x, plot.top);
  ctx.lineTo(x, plot.top + plot.height);
  ctx.stroke();
  disc(ctx, x, plotY(plot, Math.min(a, Y_DOMAIN[1])), 5, palette.positive, palette.surface);
  disc(ctx, x, plotY(plot, slope), 5, palette.negative, palette.surface);
  ctx.restore();

  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.font = font(13, true);
  haloText(ctx, CURVE_LABELS[curve.name], plot.left, plot.top - 8, palette.text, palette.surface);
  // Beside the title when the panel is wide; inside the plot's top corner when it is not.
  const wide = plot.width >= 200;
  ctx.textAlign = 'right';
  ctx.textBaseline = wide ? 'alphabetic' : 'top';
  ctx.font = font(wide ? 12 : 11, true);
  haloText(ctx, `a′ = ${formatNumber(slope, 3)}`, plot.left + plot.width - (wide ? 0 : 3), wide ? plot.top - 8 : plot.top + 3, palette.negative, palette.surface);
}

function line(ctx: CanvasRenderingContext2D, plot: Plot, xs: Float64Array, ys: Float64Array, color: string, dash: number[]): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 2.5;
  ctx.setLineDash(dash);
  ctx.beginPath();
  for (let i = 0; i < xs.length; i++) {
    const px = plotX(plot, xs[i]!);
    const py = plotY(plot, ys[i]!);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.stroke();
  ctx.setLineDash([]);
}
