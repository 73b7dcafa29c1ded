import type { Point } from '@/lib/engine';
import { divergingCss } from './colors';

/** Draws data points over the output heatmap: filled circles for train, squares outlined in black for test. */
export function drawPoints(canvas: HTMLCanvasElement, train: readonly Point[], test: readonly Point[] | null, domain: number, valueOf: (y: number) => number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const size = canvas.width;
  ctx.clearRect(0, 0, size, size);
  const scale = size / (2 * domain);
  const r = Math.max(2, size / 110);
  const draw = (p: Point, isTest: boolean) => {
    const x = (p.x1 + domain) * scale;
    const y = (domain - p.x2) * scale;
    ctx.fillStyle = divergingCss(valueOf(p.y) >= 0 ? Math.max(0.75, valueOf(p.y)) : Math.min(-0.75, valueOf(p.y)));
    ctx.strokeStyle = isTest ? '#111827' : '#ffffff';
    ctx.lineWidth = isTest ? 1.5 : 1;
    ctx.beginPath();
    if (isTest) ctx.rect(x - r, y - r, 2 * r, 2 * r);
    else ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  };
  for (const p of train) draw(p, false);
  if (test) for (const p of test) draw(p, true);
}
