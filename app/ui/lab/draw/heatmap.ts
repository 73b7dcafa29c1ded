import { divergingInto } from './colors';

/**
 * Paints an n × n grid of values (row 0 at the top) into a canvas whose backing store is
 * n × n pixels, through one reused ImageData; CSS scales it up. `stride`/`offset` pick one
 * column of a rows × stride array, `map` turns a value into [−1, 1].
 */
export class HeatmapPainter {
  private image: ImageData | null = null;

  paint(canvas: HTMLCanvasElement, values: ArrayLike<number>, n: number, opts: { stride?: number; offset?: number; map?: (v: number) => number; discrete?: boolean } = {}): void {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    if (canvas.width !== n) canvas.width = n;
    if (canvas.height !== n) canvas.height = n;
    if (!this.image || this.image.width !== n) this.image = ctx.createImageData(n, n);
    const px = this.image.data;
    const stride = opts.stride ?? 1;
    const offset = opts.offset ?? 0;
    const map = opts.map;
    for (let k = 0; k < n * n; k++) {
      const v = values[k * stride + offset]!;
      divergingInto(map ? map(v) : v, px, k * 4, opts.discrete);
    }
    ctx.putImageData(this.image, 0, 0);
  }
}
