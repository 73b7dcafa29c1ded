import type { LabLandscape } from '../model/landscape';

/** Light yellow (low loss) → teal → deep blue (high loss), a sequential ramp readable in both themes. */
const RAMP = [
  [255, 247, 188],
  [65, 182, 196],
  [37, 52, 148],
];

/** CSS colour for t in [0, 1] on {@link RAMP}. */
export function rampCss(t: number): string {
  const u = Math.min(1, Math.max(0, t)) * (RAMP.length - 1);
  const k = Math.min(RAMP.length - 2, Math.floor(u));
  const f = u - k;
  const c = RAMP[k]!.map((v, i) => Math.round(v + (RAMP[k + 1]![i]! - v) * f));
  return `rgb(${c[0]} ${c[1]} ${c[2]})`;
}

/**
 * Paints the loss grid (log scale between the grid's lowest and highest finite loss, p1 to
 * the right, p2 upwards), the training path as a white line (clipped to the grid), a white
 * ring on the current weights and a small cross on the lowest loss of the grid.
 */
export function drawLandscape(canvas: HTMLCanvasElement, land: LabLandscape, path: readonly [number, number][]): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const size = canvas.width;
  const n = land.values1.length;
  const cellPx = size / n;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of land.losses) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, Math.log(v + 1e-12));
    hi = Math.max(hi, Math.log(v + 1e-12));
  }
  const span = hi > lo ? hi - lo : 1;
  for (let i2 = 0; i2 < n; i2++) {
    for (let i1 = 0; i1 < n; i1++) {
      const v = land.losses[i2 * n + i1]!;
      ctx.fillStyle = Number.isFinite(v) ? rampCss((Math.log(v + 1e-12) - lo) / span) : '#7f1d1d';
      ctx.fillRect(i1 * cellPx, size - (i2 + 1) * cellPx, cellPx + 0.5, cellPx + 0.5);
    }
  }
  const toPx = (v: number, values: number[]) => ((v - values[0]!) / (values[n - 1]! - values[0]!)) * (size - cellPx) + cellPx / 2;
  if (path.length > 1) {
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, size, size);
    ctx.clip();
    ctx.beginPath();
    path.forEach(([v1, v2], i) => (i === 0 ? ctx.moveTo : ctx.lineTo).call(ctx, toPx(v1, land.values1), size - toPx(v2, land.values2)));
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111827';
    ctx.lineWidth = 4;
    ctx.stroke();
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.restore();
  }
  const bx = toPx(land.best.v1, land.values1);
  const by = size - toPx(land.best.v2, land.values2);
  ctx.strokeStyle = '#111827';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(bx - 5, by - 5);
  ctx.lineTo(bx + 5, by + 5);
  ctx.moveTo(bx + 5, by - 5);
  ctx.lineTo(bx - 5, by + 5);
  ctx.stroke();
  const cx = toPx(land.current[0], land.values1);
  const cy = size - toPx(land.current[1], land.values2);
  ctx.beginPath();
  ctx.arc(cx, cy, 6, 0, 2 * Math.PI);
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#111827';
  ctx.stroke();
}
