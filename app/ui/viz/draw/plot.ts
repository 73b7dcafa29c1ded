import type { Palette } from './palette';
import { font } from './shapes';
import { formatNumber } from '../model/format';
import { niceTicks } from '../model/ticks';

/** A rectangle of data coordinates mapped onto a rectangle of the canvas (y grows upwards). */
export interface Plot {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export function plotX(plot: Plot, x: number): number {
  return plot.left + ((x - plot.xMin) / (plot.xMax - plot.xMin)) * plot.width;
}

export function plotY(plot: Plot, y: number): number {
  return plot.top + (1 - (y - plot.yMin) / (plot.yMax - plot.yMin)) * plot.height;
}

/** Data x under canvas x (the inverse of {@link plotX}). */
export function dataX(plot: Plot, px: number): number {
  return plot.xMin + ((px - plot.left) / plot.width) * (plot.xMax - plot.xMin);
}

/** Data y under canvas y (the inverse of {@link plotY}). */
export function dataY(plot: Plot, py: number): number {
  return plot.yMin + (1 - (py - plot.top) / plot.height) * (plot.yMax - plot.yMin);
}

/** Grid lines, tick labels and axis names around a plot. */
export function drawAxes(ctx: CanvasRenderingContext2D, plot: Plot, palette: Palette, xName: string, yName: string, ticks = 5): void {
  ctx.lineWidth = 1;
  ctx.font = font(11);
  ctx.fillStyle = palette.muted;
  ctx.strokeStyle = palette.grid;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const x of niceTicks(plot.xMin, plot.xMax, ticks)) {
    const px = plotX(plot, x);
    ctx.beginPath();
    ctx.moveTo(px, plot.top);
    ctx.lineTo(px, plot.top + plot.height);
    ctx.stroke();
    ctx.fillText(formatNumber(x, decimalsFor(plot.xMax - plot.xMin)), px, plot.top + plot.height + 4);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const y of niceTicks(plot.yMin, plot.yMax, ticks)) {
    const py = plotY(plot, y);
    ctx.beginPath();
    ctx.moveTo(plot.left, py);
    ctx.lineTo(plot.left + plot.width, py);
    ctx.stroke();
    ctx.fillText(formatNumber(y, decimalsFor(plot.yMax - plot.yMin)), plot.left - 4, py);
  }
  ctx.strokeStyle = palette.axis;
  ctx.strokeRect(plot.left, plot.top, plot.width, plot.height);
  ctx.font = font(12, true);
  ctx.fillStyle = palette.text;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  ctx.fillText(xName, plot.left + plot.width, plot.top + plot.height - 3);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillText(yName, plot.left + 4, plot.top + 3);
}

function decimalsFor(span: number): number {
  return span >= 8 ? 0 : span >= 0.8 ? 1 : 2;
}
