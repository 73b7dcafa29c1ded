import { CanvasView } from '../draw/canvas-view';
import { type DiagramLayout, hitTest, layoutNetwork } from '../model/network-layout';
import type { BackwardSnapshot } from './backward-model';
import { paintBackward } from './backward-diagram';

const TRAVEL_MS = 700;

/**
 * The backward-pass diagram on a canvas: owns the layout, the error-flowing-back animation
 * and pointer hit-testing; React only says which step to show and what has focus.
 */
export class BackwardScene {
  private readonly view: CanvasView;
  private layout: DiagramLayout | null = null;
  private layoutSize: [number, number] = [0, 0];
  private snapshot: BackwardSnapshot;
  private step = 0;
  private focus = -1;
  private progress = 1;
  private animationStart = 0;

  constructor(
    canvas: HTMLCanvasElement,
    snapshot: BackwardSnapshot,
    private readonly onHover: (index: number) => void,
  ) {
    this.snapshot = snapshot;
    this.view = new CanvasView(canvas, (p) => {
      const animating = this.progress < 1;
      if (animating) this.progress = Math.min((performance.now() - this.animationStart) / TRAVEL_MS, 1);
      const layout = this.currentLayout();
      if (layout) paintBackward(p, { snapshot: this.snapshot, layout, step: this.step, progress: this.progress, focus: this.focus });
      if (animating) this.view.invalidate();
    });
    canvas.addEventListener('pointermove', this.handleMove);
    canvas.addEventListener('pointerleave', this.handleLeave);
  }

  /** Shows `step`; animates only a single step towards the input, and only when `animate`. */
  show(snapshot: BackwardSnapshot, step: number, animate: boolean): void {
    const advanced = snapshot === this.snapshot && step === this.step + 1;
    if (snapshot.sizes !== this.snapshot.sizes) this.layout = null;
    this.snapshot = snapshot;
    this.step = step;
    this.progress = advanced && animate ? 0 : 1;
    this.animationStart = performance.now();
    this.view.invalidate();
  }

  setFocus(index: number): void {
    this.focus = index;
    this.view.invalidate();
  }

  /** Centre of item `index` as fractions of the canvas width and height, for placing a tooltip. */
  itemPosition(index: number): [number, number] | null {
    const layout = this.currentLayout();
    const item = layout?.items[index];
    if (!layout || !item) return null;
    const [x, y] =
      item.kind === 'neuron'
        ? [layout.x[item.layer]![item.index]!, layout.y[item.layer]![item.index]!]
        : [(layout.x[item.layer]![item.from]! + layout.x[item.layer + 1]![item.to]!) / 2, (layout.y[item.layer]![item.from]! + layout.y[item.layer + 1]![item.to]!) / 2];
    return [x / this.view.width, y / this.view.height];
  }

  destroy(): void {
    this.view.canvas.removeEventListener('pointermove', this.handleMove);
    this.view.canvas.removeEventListener('pointerleave', this.handleLeave);
    this.view.destroy();
  }

  private currentLayout(): DiagramLayout | null {
    const { width, height } = this.view;
    if (width === 0 || height === 0) return null;
    if (!this.layout || this.layoutSize[0] !== width || this.layoutSize[1] !== height) {
      this.layout = layoutNetwork(this.snapshot.sizes, width, height);
      this.layoutSize = [width, height];
    }
    return this.layout;
  }

  private readonly handleMove = (event: PointerEvent) => {
    const layout = this.currentLayout();
    if (!layout) return;
    const [x, y] = this.view.pointer(event);
    this.onHover(hitTest(layout, x, y));
  };

  private readonly handleLeave = () => this.onHover(-1);
}
