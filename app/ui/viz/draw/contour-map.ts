import { bandOf } from '../model/contour';
import { interpolate } from '../model/loss-grid';
import type { PaintContext } from './canvas-view';
import { bandColors } from './colormap';
import { dataX, dataY, drawAxes, type Plot, plotX, plotY } from './plot';
import { arrow, disc, font, haloText } from './shapes';
import type { SurfacePicture } from './surface-picture';

/** The square plot of the (w, b) window inside a canvas of this size. */
export function contourPlot(picture: SurfacePicture, width: number, height: number): Plot {
  const size = Math.min(width - 40, height - 28);
  const { wMin, wMax, bMin, bMax } = picture.grid.window;
  return { left: 32 + (width - 40 - size) / 2, top: 6, width: size, height: size, xMin: wMin, xMax: wMax, yMin: bMin, yMax: bMax };
}

/**
 * Fills `image` (`resolution` pixels per CSS pixel of the plot) with the colour of each
 * pixel's loss band, interpolated from the grid, darkening pixels where the band changes:
 * the level lines.
 */
export function fillContourImage(image: ImageData, picture: SurfacePicture, plot: Plot, resolution: number): void {
  const { grid, levels } = picture;
  const colors = bandColors(levels.length + 1);
  const { width, height, data } = image;
  const bands = new Uint8Array(width * height);
  const n = grid.n;
  for (let y = 0; y < height; y++) {
    const fj = ((dataY(plot, plot.top + (y + 0.5) / resolution) - grid.window.bMin) / (grid.window.bMax - grid.window.bMin)) * (n - 1);
    for (let x = 0; x < width; x++) {
      const fi = ((dataX(plot, plot.left + (x + 0.5) / resolution) - grid.window.wMin) / (grid.window.wMax - grid.window.wMin)) * (n - 1);
      bands[y * width + x] = bandOf(interpolate(grid, fi, fj), levels);
    }
  }
  for (let p = 0; p < width * height; p++) {
    const band = bands[p]!;
    const edge = (p % width > 0 && bands[p - 1] !== band) || (p >= width && bands[p - width] !== band);
    const [r, g, b] = colors[band]!;
    const shade = edge ? 0.6 : 1;
    data[4 * p] = r * shade;
    data[4 * p + 1] = g * shade;
    data[4 * p + 2] = b * shade;
    data[4 * p + 3] = 255;
  }
}

/** Axes, the descent path up to the current step, the start and current points and the −∇L arrow. */
export function paintContourOverlay({ ctx, palette }: PaintContext, picture: SurfacePicture, plot: Plot): void {
  drawAxes(ctx, plot, palette, 'w', 'b');
  const { path, step, arrowTip } = picture;
  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.left, plot.top, plot.width, plot.height);
  ctx.clip();
  const last = Math.min(step, path.count - 1);
  for (const [color, lineWidth] of [[palette.pathOutline, 4.5], [palette.path, 2]] as const) {
    ctx.strokeStyle = color;
    ctx.lineWidth = lineWidth;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    for (let k = 0; k <= last; k++) {
      const x = plotX(plot, path.w[k]!);
      const y = plotY(plot, path.b[k]!);
      if (k === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.stroke();
  }
  const x0 = plotX(plot, path.w[0]!);
  const y0 = plotY(plot, path.b[0]!);
  disc(ctx, x0, y0, 6, palette.pathOutline, picture.focused ? palette.highlight : palette.path, picture.focused ? 3.5 : 2);
  const x = plotX(plot, path.w[last]!);
  const y = plotY(plot, path.b[last]!);
  ctx.strokeStyle = palette.path;
  ctx.fillStyle = palette.path;
  ctx.lineWidth = 2.5;
  arrow(ctx, x, y, plotX(plot, arrowTip[0]), plotY(plot, arrowTip[1]), 10);
  disc(ctx, x, y, 5, palette.path, palette.pathOutline, 2);
  ctx.font = font(12, true);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  haloText(ctx, '−∇L', plotX(plot, arrowTip[0]) + 6, plotY(plot, arrowTip[1]), palette.path, palette.pathOutline);
  ctx.restore();
}
