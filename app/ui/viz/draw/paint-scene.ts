import { CanvasView, type PaintContext } from './canvas-view';

/** A canvas that repaints one state with one paint function whenever it is shown a new state. */
export class PaintScene<T> {
  readonly view: CanvasView;

  constructor(
    canvas: HTMLCanvasElement,
    private state: T,
    paint: (p: PaintContext, state: T) => void,
  ) {
    this.view = new CanvasView(canvas, (p) => paint(p, this.state));
  }

  show(state: T): void {
    this.state = state;
    this.view.invalidate();
  }

  destroy(): void {
    this.view.destroy();
  }
}
