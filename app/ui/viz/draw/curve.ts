import type { PaintContext } from './canvas-view';
import { drawAxes, type Plot, plotX, plotY } from './plot';

/** The plot of L(w) over the curve's domain, with 8 % headroom above and below the sampled loss. */
export function curvePlot(width: number, height: number, domain: readonly [number, number], range: readonly [number, number]): Plot {
  const margin = (range[1] - range[0]) * 0.08;
  return { left: 34, top: 8, width: width - 44, height: height - 30, xMin: domain[0], xMax: domain[1], yMin: range[0] - margin, yMax: range[1] + margin };
}

/** Axes and the curve through the samples [w₀, L₀, w₁, L₁, …]. */
export function paintCurve({ ctx, palette }: PaintContext, plot: Plot, samples: Float64Array): void {
  drawAxes(ctx, plot, palette, 'w', 'L', 4);
  ctx.strokeStyle = palette.text;
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (let i = 0; i < samples.length; i += 2) {
    const x = plotX(plot, samples[i]!);
    const y = plotY(plot, samples[i + 1]!);
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
}

/** Keeps a canvas coordinate inside the plot (for points that left it). */
export function clampToPlot(plot: Plot, x: number, y: number): [number, number, boolean] {
  const cx = Math.min(Math.max(x, plot.left), plot.left + plot.width);
  const cy = Math.min(Math.max(y, plot.top), plot.top + plot.height);
  return [cx, cy, cx !== x || cy !== y];
}
