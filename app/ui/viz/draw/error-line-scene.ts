import { LINE_MAX, LINE_MIN, lineGeometry, paintErrorLine } from './error-line';
import { CanvasView } from './canvas-view';

/** The 1-D error drawing with a draggable ŷ: drags repaint directly and report once, on release. */
export class ErrorLineScene {
  private readonly view: CanvasView;
  private dragging = false;
  private focused = false;

  constructor(
    canvas: HTMLCanvasElement,
    private target: number,
    private prediction: number,
    private readonly onCommit: (prediction: number) => void,
  ) {
    this.view = new CanvasView(canvas, (p) => paintErrorLine(p, { target: this.target, prediction: this.prediction, focused: this.focused }));
    canvas.addEventListener('pointerdown', this.down);
    canvas.addEventListener('pointermove', this.move);
    canvas.addEventListener('pointerup', this.up);
    canvas.addEventListener('pointercancel', this.up);
  }

  show(target: number, prediction: number, focused: boolean): void {
    this.target = target;
    this.prediction = prediction;
    this.focused = focused;
    this.view.invalidate();
  }

  destroy(): void {
    const canvas = this.view.canvas;
    canvas.removeEventListener('pointerdown', this.down);
    canvas.removeEventListener('pointermove', this.move);
    canvas.removeEventListener('pointerup', this.up);
    canvas.removeEventListener('pointercancel', this.up);
    this.view.destroy();
  }

  private place(event: PointerEvent): void {
    const [x] = this.view.pointer(event);
    const value = lineGeometry(this.view.width, this.view.height).toValue(x);
    this.prediction = Math.round(Math.min(LINE_MAX, Math.max(LINE_MIN, value)) * 20) / 20;
    this.view.invalidate();
  }

  private readonly down = (event: PointerEvent) => {
    this.dragging = true;
    this.view.canvas.setPointerCapture(event.pointerId);
    this.place(event);
  };

  private readonly move = (event: PointerEvent) => {
    if (this.dragging) this.place(event);
  };

  private readonly up = () => {
    if (!this.dragging) return;
    this.dragging = false;
    this.onCommit(this.prediction);
  };
}
