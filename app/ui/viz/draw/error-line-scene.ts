import { LINE_MAX, LINE_MIN, lineGeometry, paintErrorLine } from './error-line';
import { CanvasView } from './canvas-view';
import { PointerDrag } from './pointer-drag';

/** The 1-D error drawing with a draggable ŷ: drags repaint directly and report once, on release. */
export class ErrorLineScene {
  private readonly view: CanvasView;
  private readonly drag: PointerDrag;
  private focused = false;

  constructor(
    canvas: HTMLCanvasElement,
    private target: number,
    private prediction: number,
    onCommit: (prediction: number) => void,
  ) {
    this.view = new CanvasView(canvas, (p) => paintErrorLine(p, { target: this.target, prediction: this.prediction, focused: this.focused }));
    const place = (event: PointerEvent) => this.place(event);
    this.drag = new PointerDrag(canvas, { start: place, move: place, end: () => onCommit(this.prediction) });
  }

  show(target: number, prediction: number, focused: boolean): void {
    this.target = target;
    this.prediction = prediction;
    this.focused = focused;
    this.view.invalidate();
  }

  destroy(): void {
    this.drag.destroy();
    this.view.destroy();
  }

  private place(event: PointerEvent): void {
    const [x] = this.view.pointer(event);
    const value = lineGeometry(this.view.width, this.view.height).toValue(x);
    this.prediction = Math.round(Math.min(LINE_MAX, Math.max(LINE_MIN, value)) * 20) / 20;
    this.view.invalidate();
  }
}
