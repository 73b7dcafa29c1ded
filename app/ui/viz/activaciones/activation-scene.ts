import { CanvasView } from '../draw/canvas-view';
import { dataX } from '../draw/plot';
import { type ActivationsPicture, paintActivations, panelPlots } from './activation-panels';

/** Activaciones' canvas: repaints the panels, and turns a press or drag on any panel into a new z. */
export class ActivationScene {
  private readonly view: CanvasView;
  private dragging = false;

  constructor(
    canvas: HTMLCanvasElement,
    private picture: ActivationsPicture,
    private readonly onMove: (z: number) => void,
  ) {
    this.view = new CanvasView(canvas, (p) => paintActivations(p, this.picture));
    canvas.addEventListener('pointerdown', this.down);
    canvas.addEventListener('pointermove', this.move);
    canvas.addEventListener('pointerup', this.up);
    canvas.addEventListener('pointercancel', this.up);
  }

  show(picture: ActivationsPicture): void {
    this.picture = picture;
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

  /** z under the pointer, read on the panel whose column it is in (every panel shares the z axis). */
  private place(event: PointerEvent): void {
    const [x, y] = this.view.pointer(event);
    const plots = panelPlots(this.picture.curves.length, this.view.width, this.view.height);
    const plot = plots.find((p) => x >= p.left - 20 && x <= p.left + p.width + 10 && y >= p.top - 24 && y <= p.top + p.height + 24) ?? plots[0];
    if (!plot) return;
    const z = dataX(plot, x);
    this.onMove(Math.round(Math.min(plot.xMax, Math.max(plot.xMin, z)) * 10) / 10);
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
    this.dragging = false;
  };
}
