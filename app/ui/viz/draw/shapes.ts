/** An arrow from (x0, y0) to (x1, y1) with a filled head of `head` pixels; nothing if shorter than 1 px. */
export function arrow(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number, head = 8): void {
  const length = Math.hypot(x1 - x0, y1 - y0);
  if (!(length >= 1)) return;
  const ux = (x1 - x0) / length;
  const uy = (y1 - y0) / length;
  const size = Math.min(head, length * 0.6);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1 - ux * size * 0.8, y1 - uy * size * 0.8);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x1 - ux * size - uy * size * 0.5, y1 - uy * size + ux * size * 0.5);
  ctx.lineTo(x1 - ux * size + uy * size * 0.5, y1 - uy * size - ux * size * 0.5);
  ctx.closePath();
  ctx.fill();
}

/** Text with a halo in `halo` so it stays readable over lines and colour bands. */
export function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, color: string, halo: string): void {
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = halo;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}

/** A filled circle with an outline. */
export function disc(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string, stroke: string, lineWidth = 2): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = lineWidth;
  ctx.strokeStyle = stroke;
  ctx.stroke();
}

/** Font string for the drawings: `size` CSS pixels of the page's sans-serif, optionally bold. */
export function font(size: number, bold = false): string {
  return `${bold ? '600 ' : ''}${size}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
}
