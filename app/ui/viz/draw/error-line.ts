import { formatNumber } from '../model/format';
import { pointError } from '../model/error-distance';
import type { PaintContext } from './canvas-view';
import { arrow, disc, font, haloText } from './shapes';

/** The number line of ErrorDistancia (1-D): its range and where it sits on the canvas. */
export const LINE_MIN = -4;
export const LINE_MAX = 4;

export function lineGeometry(width: number, height: number) {
  const pad = 20;
  const scale = (width - 2 * pad) / (LINE_MAX - LINE_MIN);
  return { pad, scale, baseline: height - 34, toX: (v: number) => pad + (v - LINE_MIN) * scale, toValue: (x: number) => LINE_MIN + (x - pad) / scale };
}

/**
 * The target y and the prediction ŷ on a number line, the error e = ŷ − y as an arrow from y
 * to ŷ, and e² as a square whose side is |e| (clipped at the top when it does not fit).
 */
export function paintErrorLine({ ctx, width, height, palette }: PaintContext, state: { target: number; prediction: number; focused: boolean }): void {
  const g = lineGeometry(width, height);
  const { e, size, squared } = pointError(state.prediction, state.target);
  const xy = g.toX(state.target);
  const xp = g.toX(state.prediction);

  const side = size * g.scale;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 4, width, height);
  ctx.clip();
  ctx.fillStyle = palette.negativeFill;
  ctx.strokeStyle = palette.negative;
  ctx.lineWidth = 1.5;
  ctx.fillRect(Math.min(xy, xp), g.baseline - side, side, side);
  ctx.strokeRect(Math.min(xy, xp), g.baseline - side, side, side);
  ctx.restore();

  ctx.strokeStyle = palette.axis;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(g.pad, g.baseline);
  ctx.lineTo(width - g.pad, g.baseline);
  ctx.stroke();
  ctx.font = font(11);
  ctx.fillStyle = palette.muted;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (let v = LINE_MIN; v <= LINE_MAX; v++) {
    const x = g.toX(v);
    ctx.beginPath();
    ctx.moveTo(x, g.baseline - 4);
    ctx.lineTo(x, g.baseline + 4);
    ctx.stroke();
    ctx.fillText(formatNumber(v, 0), x, g.baseline + 8);
  }

  if (size > 0) {
    ctx.strokeStyle = palette.negative;
    ctx.fillStyle = palette.negative;
    ctx.lineWidth = 2.5;
    arrow(ctx, xy, g.baseline, xp, g.baseline, 9);
  }
  ctx.textBaseline = 'bottom';
  ctx.font = font(12, true);
  const labelY = Math.max(g.baseline - side - 6, 18);
  haloText(ctx, `e² = ${formatNumber(squared)}`, (xy + xp) / 2, labelY, palette.text, palette.surface);
  ctx.font = font(12);
  haloText(ctx, `e = ${formatNumber(e)}`, (xy + xp) / 2, g.baseline - 6, palette.negative, palette.surface);

  disc(ctx, xy, g.baseline, 6, palette.positive, palette.surface);
  ctx.font = font(13, true);
  ctx.textBaseline = 'top';
  haloText(ctx, 'y', xy, g.baseline + 20, palette.positive, palette.surface);
  disc(ctx, xp, g.baseline, 10, palette.negative, state.focused ? palette.highlight : palette.surface, state.focused ? 3 : 2);
  haloText(ctx, 'ŷ', xp, g.baseline + 20, palette.negative, palette.surface);
}
