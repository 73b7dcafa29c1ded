import { lossAndSlope, type LossCurve } from '../model/loss-curves';
import { CanvasView } from './canvas-view';
import { dataX } from './plot';
import { PointerDrag } from './pointer-drag';
import { paintSlope, slopePlot, type SlopePicture } from './slope-panel';

/** What React tells the scene; the scene asks the engine for L and dL/dw itself, so a drag repaints without React. */
export type SlopeState = Omit<SlopePicture, 'loss' | 'slope'>;

/** Pendiente1D's canvas: dragging moves w and repaints every frame, and reports w once, on release. */
export class SlopeScene {
  private readonly view: CanvasView;
  private readonly drag: PointerDrag;

  constructor(
    canvas: HTMLCanvasElement,
    private readonly curve: LossCurve,
    private state: SlopeState,
    onCommit: (w: number) => void,
  ) {
    this.view = new CanvasView(canvas, (p) => paintSlope(p, { ...this.state, ...lossAndSlope(this.curve, this.state.w) }));
    const place = (event: PointerEvent) => this.place(event);
    this.drag = new PointerDrag(canvas, { start: place, move: place, end: () => onCommit(this.state.w) });
  }

  show(state: SlopeState): void {
    if (!this.drag.dragging) this.state = state;
    this.view.invalidate();
  }

  destroy(): void {
    this.drag.destroy();
    this.view.destroy();
  }

  private place(event: PointerEvent): void {
    const [x] = this.view.pointer(event);
    const [lo, hi] = this.state.domain;
    const plot = slopePlot(this.state, this.view.width, this.view.height);
    const w = Math.round(Math.min(hi, Math.max(lo, dataX(plot, x))) * 100) / 100;
    this.state = { ...this.state, w };
    this.view.invalidate();
  }
}
