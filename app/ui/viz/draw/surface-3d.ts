import { bandOf } from '../model/contour';
import { drawOrder, project, type View3D } from '../model/projection';
import type { PaintContext } from './canvas-view';
import { bandColors, rgb } from './colormap';
import { arrow, disc, font, haloText } from './shapes';
import type { SurfacePicture } from './surface-picture';

/** Sample every MESH_STEP-th grid point for the 3-D mesh (65 → 33 × 33 points). */
export const MESH_STEP = 2;
const SHADES = 8;

/** Buffers reused from frame to frame: projected mesh corners and shaded colours per band. */
export interface SurfaceBuffers {
  projected: Float64Array;
  /** One projected point (labels, the arrow tip). */
  readonly point: Float64Array;
  colors: string[][];
  colorsFor: SurfacePicture['levels'] | null;
}

export function createSurfaceBuffers(): SurfaceBuffers {
  return { projected: new Float64Array(0), point: new Float64Array(3), colors: [], colorsFor: null };
}

/** The view that fits the unit box in a canvas of this size, turned by yaw and tilted by pitch. */
export function fitView(width: number, height: number, yaw: number, pitch: number): View3D {
  const scale = Math.min(width * 0.33, height * 0.4);
  return { yaw, pitch, scale, cx: width / 2, cy: height * 0.62, height: 0.8 };
}

/**
 * The loss as a height field over (w, b), drawn far to near (painter's algorithm) with each
 * cell coloured by its loss band and shaded by its slope, then the descent path on top.
 */
export function paintSurface({ ctx, palette }: PaintContext, picture: SurfacePicture, view: View3D, buffers: SurfaceBuffers): void {
  const { grid, levels } = picture;
  const m = Math.floor((grid.n - 1) / MESH_STEP) + 1;
  if (buffers.projected.length !== 3 * m * m) buffers.projected = new Float64Array(3 * m * m);
  if (buffers.colorsFor !== levels) {
    // SHADES shades per band for the faces, then one darker shade for the mesh lines.
    buffers.colors = bandColors(levels.length + 1).map((c) => Array.from({ length: SHADES + 1 }, (_, s) => rgb(c, s === SHADES ? 0.55 : 0.5 + (0.5 * s) / (SHADES - 1))));
    buffers.colorsFor = levels;
  }
  const span = grid.max - grid.min;
  const heightOf = (i: number, j: number) => (grid.values[j * MESH_STEP * grid.n + i * MESH_STEP]! - grid.min) / span;
  const p = buffers.projected;
  for (let j = 0; j < m; j++) for (let i = 0; i < m; i++) project(view, (2 * i) / (m - 1) - 1, (2 * j) / (m - 1) - 1, heightOf(i, j), p, 3 * (j * m + i));

  const floor = [0, m - 1, m * m - 1, m * (m - 1)].map((k) => 3 * k);
  ctx.strokeStyle = palette.axis;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const k of floor) ctx.lineTo(p[k]!, p[k + 1]!);
  ctx.closePath();
  ctx.stroke();

  const { iStep, jStep } = drawOrder(view.yaw);
  const lightX = Math.cos(view.yaw + 0.8);
  const lightY = Math.sin(view.yaw + 0.8);
  const step = 2 / (m - 1);
  for (let jj = 0; jj < m - 1; jj++) {
    const j = jStep === 1 ? jj : m - 2 - jj;
    for (let ii = 0; ii < m - 1; ii++) {
      const i = iStep === 1 ? ii : m - 2 - ii;
      const h00 = heightOf(i, j);
      const h10 = heightOf(i + 1, j);
      const h01 = heightOf(i, j + 1);
      const h11 = heightOf(i + 1, j + 1);
      const band = bandOf(grid.min + ((h00 + h10 + h01 + h11) / 4) * span, levels);
      // Lambert shading of the cell's normal (−∂h/∂u, −∂h/∂v, 1/height) against a light turning with the view.
      const du = ((h10 + h11 - h00 - h01) / 2 / step) * view.height;
      const dv = ((h01 + h11 - h00 - h10) / 2 / step) * view.height;
      const lambert = (-du * lightX - dv * lightY + 1.2) / Math.hypot(du, dv, 1) / Math.hypot(lightX, lightY, 1.2);
      const shade = Math.max(0, Math.min(SHADES - 1, Math.round(lambert * (SHADES - 1))));
      const a = 3 * (j * m + i);
      const b = a + 3;
      const c = 3 * ((j + 1) * m + i + 1);
      const d = c - 3;
      ctx.beginPath();
      ctx.moveTo(p[a]!, p[a + 1]!);
      ctx.lineTo(p[b]!, p[b + 1]!);
      ctx.lineTo(p[c]!, p[c + 1]!);
      ctx.lineTo(p[d]!, p[d + 1]!);
      ctx.closePath();
      ctx.fillStyle = buffers.colors[band]![shade]!;
      ctx.fill();
      ctx.strokeStyle = buffers.colors[band]![SHADES]!;
      ctx.lineWidth = 0.5;
      ctx.stroke();
    }
  }
  paintSurfacePath(ctx, picture, view, palette, buffers.point);
  ctx.font = font(12, true);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const label = buffers.point;
  project(view, 0, -1.18, 0, label);
  haloText(ctx, 'w', label[0]!, label[1]!, palette.text, palette.surface);
  project(view, -1.18, 0, 0, label);
  haloText(ctx, 'b', label[0]!, label[1]!, palette.text, palette.surface);
  ctx.textAlign = 'left';
  haloText(ctx, 'altura: L(w, b)', 8, 12, palette.muted, palette.surface);
}

/** Projects (w, b, L) of the picture's window into `out`. */
function projectPoint(picture: SurfacePicture, view: View3D, w: number, b: number, loss: number, out: Float64Array): void {
  const { window, min, max } = picture.grid;
  const u = (2 * (w - window.wMin)) / (window.wMax - window.wMin) - 1;
  const v = (2 * (b - window.bMin)) / (window.bMax - window.bMin) - 1;
  project(view, u, v, Math.min((loss - min) / (max - min), 1.5), out);
}

/** The descent path on the surface (a light line with a dark outline), the start, the current point and the −∇L arrow. */
function paintSurfacePath(ctx: CanvasRenderingContext2D, picture: SurfacePicture, view: View3D, palette: PaintContext['palette'], scratch: Float64Array): void {
  const { path, step, arrowTip } = picture;
  const last = Math.min(step, path.count - 1);
  for (const [color, lineWidth] of [[palette.pathOutline, 4.5], [palette.path, 2]] as const) {
    ctx.strokeStyle = color;
    ctx.lineWidth = lineWidth;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    for (let k = 0; k <= last; k++) {
      projectPoint(picture, view, path.w[k]!, path.b[k]!, path.loss[k]!, scratch);
      if (k === 0) ctx.moveTo(scratch[0]!, scratch[1]!);
      else ctx.lineTo(scratch[0]!, scratch[1]!);
    }
    ctx.stroke();
  }
  projectPoint(picture, view, path.w[0]!, path.b[0]!, path.loss[0]!, scratch);
  disc(ctx, scratch[0]!, scratch[1]!, 6, palette.pathOutline, palette.path, 2);
  projectPoint(picture, view, path.w[last]!, path.b[last]!, path.loss[last]!, scratch);
  const x = scratch[0]!;
  const y = scratch[1]!;
  projectPoint(picture, view, arrowTip[0], arrowTip[1], arrowTip[2], scratch);
  ctx.strokeStyle = palette.path;
  ctx.fillStyle = palette.path;
  ctx.lineWidth = 2.5;
  arrow(ctx, x, y, scratch[0]!, scratch[1]!, 10);
  disc(ctx, x, y, 5, palette.path, palette.pathOutline, 2);
}
