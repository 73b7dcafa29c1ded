/** Two loss curves (train solid, test dashed) on a log-free linear scale from 0 to the largest finite value. */
export function drawLossChart(canvas: HTMLCanvasElement, train: readonly number[], test: readonly number[], dark: boolean): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const w = canvas.clientWidth || 240;
  const h = canvas.clientHeight || 60;
  if (canvas.width !== Math.round(w * dpr)) canvas.width = Math.round(w * dpr);
  if (canvas.height !== Math.round(h * dpr)) canvas.height = Math.round(h * dpr);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  let max = 0;
  for (const v of [...train, ...test]) if (Number.isFinite(v) && v > max) max = v;
  if (max === 0 || train.length < 2) return;
  const line = (values: readonly number[], color: string, dash: number[]) => {
    ctx.strokeStyle = color;
    ctx.setLineDash(dash);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    values.forEach((v, i) => {
      const x = (i / (values.length - 1)) * (w - 2) + 1;
      const y = h - 2 - (Number.isFinite(v) ? v / max : 1) * (h - 4);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.stroke();
  };
  line(test, dark ? '#cbd5e1' : '#334155', [4, 3]);
  line(train, dark ? '#8cc2ff' : '#1d62db', []);
  ctx.setLineDash([]);
}
