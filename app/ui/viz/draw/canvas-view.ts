import { currentPalette, watchPalette, type Palette } from './palette';

/** What a paint callback draws with: a context scaled to CSS pixels, the size in CSS pixels and the palette. */
export interface PaintContext {
  readonly ctx: CanvasRenderingContext2D;
  readonly width: number;
  readonly height: number;
  readonly palette: Palette;
}

/**
 * Keeps a canvas's backing store at its CSS size × devicePixelRatio, and repaints at most
 * once per animation frame after `invalidate()`, a resize or a colour-scheme change. The
 * canvas's size comes from its CSS box (an aspect-ratio box), so nothing shifts on load.
 */
export class CanvasView {
  width = 0;
  height = 0;
  palette: Palette = currentPalette();
  private readonly ctx: CanvasRenderingContext2D | null;
  private frame = 0;
  private readonly observer: ResizeObserver;
  private readonly stopWatching: () => void;

  constructor(
    readonly canvas: HTMLCanvasElement,
    private readonly paint: (p: PaintContext) => void,
  ) {
    this.ctx = canvas.getContext('2d');
    this.observer = new ResizeObserver(() => this.resize());
    this.observer.observe(canvas);
    this.stopWatching = watchPalette(() => {
      this.palette = currentPalette();
      this.invalidate();
    });
    this.resize();
  }

  /** Schedules a repaint on the next animation frame (several calls in one frame paint once). */
  invalidate(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(this.run);
  }

  /** Canvas coordinates (CSS pixels) of a pointer event. */
  pointer(event: { clientX: number; clientY: number }): [number, number] {
    const rect = this.canvas.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer.disconnect();
    this.stopWatching();
  }

  private readonly run = () => {
    this.frame = 0;
    if (!this.ctx || this.width === 0 || this.height === 0) return;
    const dpr = window.devicePixelRatio || 1;
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.ctx.clearRect(0, 0, this.width, this.height);
    this.paint({ ctx: this.ctx, width: this.width, height: this.height, palette: this.palette });
  };

  private resize(): void {
    const rect = this.canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.width = rect.width;
    this.height = rect.height;
    const w = Math.max(1, Math.round(rect.width * dpr));
    const h = Math.max(1, Math.round(rect.height * dpr));
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    this.invalidate();
  }
}
