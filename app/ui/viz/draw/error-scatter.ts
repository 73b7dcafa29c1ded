import { lineEnds, type Residuals } from '../model/error-distance';
import type { LineData } from '../model/line-data';
import type { PaintContext } from './canvas-view';
import { drawAxes, type Plot, plotX, plotY } from './plot';
import { disc } from './shapes';

export interface ScatterPicture {
  readonly data: LineData;
  readonly w: number;
  readonly b: number;
  readonly residuals: Residuals;
}

/** The square [0, 5]² as large as the canvas allows, so squares of error look square. */
function scatterPlot(width: number, height: number): Plot {
  const size = Math.min(width - 40, height - 30);
  return { left: 32 + (width - 40 - size) / 2, top: 8, width: size, height: size, xMin: 0, xMax: 5, yMin: 0, yMax: 5 };
}

/**
 * Data points, the model line ŷ = w·x + b, each residual eᵢ = ŷᵢ − yᵢ as a vertical segment
 * and its square eᵢ² as a square of side |eᵢ| beside it (on the side that stays in the plot).
 */
export function paintErrorScatter({ ctx, width, height, palette }: PaintContext, { data, w, b, residuals }: ScatterPicture): void {
  const plot = scatterPlot(width, height);
  drawAxes(ctx, plot, palette, 'x', 'y');
  const unit = plot.width / (plot.xMax - plot.xMin);
  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.left, plot.top, plot.width, plot.height);
  ctx.clip();

  for (let i = 0; i < data.xs.length; i++) {
    const x = plotX(plot, data.xs[i]!);
    const y = plotY(plot, data.ys[i]!);
    const yHat = plotY(plot, residuals.predictions[i]!);
    const side = Math.abs(residuals.errors[i]!) * unit;
    const left = x + side <= plot.left + plot.width ? x : x - side;
    ctx.fillStyle = palette.negativeFill;
    ctx.fillRect(left, Math.min(y, yHat), side, side);
    ctx.strokeStyle = palette.negative;
    ctx.lineWidth = 1;
    ctx.strokeRect(left, Math.min(y, yHat), side, side);
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x, yHat);
    ctx.stroke();
  }

  ctx.strokeStyle = palette.positive;
  ctx.lineWidth = 2.5;
  const [y0, y1] = lineEnds(w, b, plot.xMin, plot.xMax);
  ctx.beginPath();
  ctx.moveTo(plotX(plot, plot.xMin), plotY(plot, y0));
  ctx.lineTo(plotX(plot, plot.xMax), plotY(plot, y1));
  ctx.stroke();

  for (let i = 0; i < data.xs.length; i++) {
    disc(ctx, plotX(plot, data.xs[i]!), plotY(plot, data.ys[i]!), 5, palette.text, palette.surface, 1.5);
    disc(ctx, plotX(plot, data.xs[i]!), plotY(plot, residuals.predictions[i]!), 3, palette.positive, palette.surface, 1);
  }
  ctx.restore();
}
