import type { Descent1D } from '../model/descent-1d';
import type { PaintContext } from './canvas-view';
import { clampToPlot, curvePlot, paintCurve } from './curve';
import { plotX, plotY } from './plot';
import { arrow, disc, font, haloText } from './shapes';

export interface DescentPanelPicture {
  readonly samples: Float64Array;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  readonly run: Descent1D;
  readonly step: number;
}

/**
 * One panel of DescensoGradiente: the curve, every step so far as a jump between points on it
 * (older points fainter), and the current point; a point off the chart sits on the edge with
 * an arrow pointing the way it left. Nothing is drawn past the last finite point.
 */
export function paintDescentPanel(p: PaintContext, { samples, domain, range, run, step }: DescentPanelPicture): void {
  const { ctx, width, height, palette } = p;
  const plot = curvePlot(width, height, domain, range);
  paintCurve(p, plot, samples);
  const last = Math.min(step, run.count - 1);
  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.left, plot.top, plot.width, plot.height);
  ctx.clip();
  ctx.strokeStyle = palette.negative;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (let k = 0; k <= last; k++) {
    const x = plotX(plot, run.w[k]!);
    const y = plotY(plot, run.loss[k]!);
    if (k === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
  for (let k = 0; k < last; k++) {
    ctx.globalAlpha = 0.35 + (0.5 * k) / Math.max(last, 1);
    disc(ctx, plotX(plot, run.w[k]!), plotY(plot, run.loss[k]!), 3.5, palette.negative, palette.surface, 1);
  }
  ctx.globalAlpha = 1;
  ctx.restore();
  const [x, y, outside] = clampToPlot(plot, plotX(plot, run.w[last]!), plotY(plot, run.loss[last]!));
  if (outside) {
    ctx.strokeStyle = palette.negative;
    ctx.fillStyle = palette.negative;
    ctx.lineWidth = 2;
    const dx = x <= plot.left ? -1 : x >= plot.left + plot.width ? 1 : 0;
    const dy = y <= plot.top ? -1 : y >= plot.top + plot.height ? 1 : 0;
    const cx = x - dx * 14;
    const cy = y - dy * 14;
    arrow(ctx, cx, cy, cx + dx * 12, cy + dy * 12, 7);
    ctx.font = font(11, true);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    haloText(ctx, 'w fuera del gráfico', plot.left + plot.width / 2, plot.top + 4, palette.negative, palette.surface);
  } else {
    disc(ctx, x, y, 6, palette.negative, palette.surface, 2);
  }
}
