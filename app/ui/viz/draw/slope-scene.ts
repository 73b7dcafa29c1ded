import { lossAndSlope, type LossCurve } from '../model/loss-curves';
import { CanvasView } from './canvas-view';
import { dataX } from './plot';
import { paintSlope, slopePlot, type SlopePicture } from './slope-panel';

/** What React tells the scene; the scene asks the engine for L and dL/dw itself, so a drag repaints without React. */
export type SlopeState = Omit<SlopePicture, 'loss' | 'slope'>;

/** Pendiente1D's canvas: dragging moves w and repaints every frame, and reports w once, on release. */
export class SlopeScene {
  private readonly view: CanvasView;
  private dragging = false;

  constructor(
    canvas: HTMLCanvasElement,
    private readonly curve: LossCurve,
    private state: SlopeState,
    private readonly onCommit: (w: number) => void,
  ) {
    this.view = new CanvasView(canvas, (p) => paintSlope(p, { ...this.state, ...lossAndSlope(this.curve, this.state.w) }));
    canvas.addEventListener('pointerdown', this.down);
    canvas.addEventListener('pointermove', this.move);
    canvas.addEventListener('pointerup', this.up);
    canvas.addEventListener('pointercancel', this.up);
  }

  show(state: SlopeState): void {
    if (!this.dragging) this.state = state;
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
    const [lo, hi] = this.state.domain;
    const plot = slopePlot(this.state, this.view.width, this.view.height);
    const w = Math.round(Math.min(hi, Math.max(lo, dataX(plot, x))) * 100) / 100;
    this.state = { ...this.state, w };
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
    this.onCommit(this.state.w);
  };
}
