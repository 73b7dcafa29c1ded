/** What a scene does while the pointer is pressed on its canvas. */
export interface DragHandlers {
  start(event: PointerEvent): void;
  move(event: PointerEvent): void;
  /** The pointer went up or was cancelled: report the final state once. */
  end(): void;
}

/**
 * Press, drag and release on a canvas, with pointer capture so the drag keeps going outside
 * it. The scene repaints on every move and tells React only at the end.
 */
export class PointerDrag {
  private active = false;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly handlers: DragHandlers,
  ) {
    canvas.addEventListener('pointerdown', this.down);
    canvas.addEventListener('pointermove', this.move);
    canvas.addEventListener('pointerup', this.up);
    canvas.addEventListener('pointercancel', this.up);
  }

  get dragging(): boolean {
    return this.active;
  }

  destroy(): void {
    this.canvas.removeEventListener('pointerdown', this.down);
    this.canvas.removeEventListener('pointermove', this.move);
    this.canvas.removeEventListener('pointerup', this.up);
    this.canvas.removeEventListener('pointercancel', this.up);
  }

  private readonly down = (event: PointerEvent) => {
    this.active = true;
    this.canvas.setPointerCapture(event.pointerId);
    this.handlers.start(event);
  };

  private readonly move = (event: PointerEvent) => {
    if (this.active) this.handlers.move(event);
  };

  private readonly up = () => {
    if (!this.active) return;
    this.active = false;
    this.handlers.end();
  };
}
