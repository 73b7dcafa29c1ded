import type { PaintContext } from '../draw/canvas-view';
import type { Palette } from '../draw/palette';
import { drawAxes, type Plot, plotX, plotY } from '../draw/plot';
import { font, haloText } from '../draw/shapes';
import { subscript } from '../model/format';
import type { ToyDataset } from '../model/toy-datasets';
import { activePolygon, boundarySegment } from './half-plane';
import { GRID, PLANE, type ReluSnapshot } from './relu-run';

export interface PlanePicture {
  readonly snapshot: ReluSnapshot;
  readonly data: ToyDataset;
  /** The neuron whose active region is shaded, or −1 for none. */
  readonly selected: number;
}

function planePlot(width: number, height: number): Plot {
  const side = Math.max(10, Math.min(width - 40, height - 30));
  return { left: 30 + (width - 40 - side) / 2, top: 8, width: side, height: side, xMin: PLANE[0], xMax: PLANE[1], yMin: PLANE[0], yMax: PLANE[1] };
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgba(hex: string, alpha: number): string {
  return `rgba(${rgb(hex).join(', ')}, ${alpha})`;
}

/** The output ŷ as a wash (blue towards class 1, orange towards class 0), a veil where the selected neuron is off, every line z = 0 and the data. */
export function paintPlane(p: PaintContext, picture: PlanePicture): void {
  const { ctx, palette } = p;
  const plot = planePlot(p.width, p.height);
  drawAxes(ctx, plot, palette, 'x₁', 'x₂', 5);
  paintOutput(ctx, plot, palette, picture.snapshot.output);
  const chosen = picture.snapshot.neurons[picture.selected];
  if (chosen) {
    // Veil the side where the neuron is off, so its active region keeps the output's colours.
    const off = activePolygon(-chosen.w1, -chosen.w2, -chosen.b);
    ctx.fillStyle = rgba(palette.surface, 0.72);
    ctx.beginPath();
    off.forEach(([x1, x2], i) => (i === 0 ? ctx.moveTo(plotX(plot, x1), plotY(plot, x2)) : ctx.lineTo(plotX(plot, x1), plotY(plot, x2))));
    ctx.fill();
  }
  ctx.strokeStyle = palette.axis;
  ctx.strokeRect(plot.left, plot.top, plot.width, plot.height);
  picture.snapshot.neurons.forEach((neuron, j) => {
    const segment = boundarySegment(neuron.w1, neuron.w2, neuron.b);
    if (!segment) return;
    const [[ax, ay], [bx, by]] = segment;
    const isChosen = j === picture.selected;
    ctx.strokeStyle = isChosen ? palette.highlight : neuron.dead ? palette.muted : palette.text;
    ctx.lineWidth = isChosen ? 3.5 : 1.5;
    ctx.setLineDash(neuron.dead ? [5, 4] : []);
    ctx.beginPath();
    ctx.moveTo(plotX(plot, ax), plotY(plot, ay));
    ctx.lineTo(plotX(plot, bx), plotY(plot, by));
    ctx.stroke();
    ctx.setLineDash([]);
    // Labels sit at different points along each line so crossing lines do not stack them.
    const t = 0.15 + 0.7 * ((j * 0.37) % 1);
    ctx.font = font(12, true);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    haloText(ctx, `h${subscript(j + 1)}`, plotX(plot, ax + t * (bx - ax)), plotY(plot, ay + t * (by - ay)), isChosen ? palette.highlight : palette.text, palette.surface);
  });
  paintData(ctx, plot, palette, picture.data);
}

let mapCanvas: HTMLCanvasElement | null = null;

/** The output map, one pixel per cell on a small canvas, stretched (smoothly) over the plot. */
function paintOutput(ctx: CanvasRenderingContext2D, plot: Plot, palette: Palette, output: Float64Array): void {
  mapCanvas ??= document.createElement('canvas');
  mapCanvas.width = GRID;
  mapCanvas.height = GRID;
  const small = mapCanvas.getContext('2d');
  if (!small) return;
  const image = small.createImageData(GRID, GRID);
  const surface = rgb(palette.surface);
  const positive = rgb(palette.positive);
  const negative = rgb(palette.negative);
  for (let k = 0; k < GRID * GRID; k++) {
    const y = output[k]!;
    const target = y >= 0.5 ? positive : negative;
    const t = Math.min(1, Math.abs(y - 0.5) * 2) * 0.45;
    for (let c = 0; c < 3; c++) image.data[4 * k + c] = Math.round(surface[c]! + (target[c]! - surface[c]!) * t);
    image.data[4 * k + 3] = 255;
  }
  small.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(mapCanvas, plot.left, plot.top, plot.width, plot.height);
}

function paintData(ctx: CanvasRenderingContext2D, plot: Plot, palette: Palette, data: ToyDataset): void {
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = palette.surface;
  for (let k = 0; k < data.count; k++) {
    const x = plotX(plot, data.xs[2 * k]!);
    const y = plotY(plot, data.xs[2 * k + 1]!);
    ctx.beginPath();
    if (data.ys[k] === 1) ctx.arc(x, y, 4.5, 0, 2 * Math.PI);
    else ctx.rect(x - 4, y - 4, 8, 8);
    ctx.fillStyle = data.ys[k] === 1 ? palette.positive : palette.negative;
    ctx.fill();
    ctx.stroke();
  }
}
