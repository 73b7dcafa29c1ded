import { type DiagramLayout, hitTest, layoutNetwork } from '../model/network-layout';
import { CanvasView, type PaintContext } from './canvas-view';

/**
 * What the forward and the backward network diagrams share: the canvas, the layout for its
 * current size, a travelling-signal animation, pointer hit-testing and tooltip positions.
 * A subclass paints one frame; React only tells it what to show.
 */
export abstract class NetworkCanvas<Snapshot extends { readonly sizes: readonly number[] }> {
  protected readonly view: CanvasView;
  protected snapshot: Snapshot;
  protected focus = -1;
  /** 0 → 1 while a signal travels between layers; 1 at rest. */
  protected progress = 1;
  private animationStart = 0;
  private layout: DiagramLayout | null = null;
  private layoutSize: [number, number] = [0, 0];

  constructor(
    canvas: HTMLCanvasElement,
    snapshot: Snapshot,
    private readonly travelMs: number,
    private readonly onHover: (index: number) => void,
  ) {
    this.snapshot = snapshot;
    this.view = new CanvasView(canvas, (p) => {
      const animating = this.progress < 1;
      if (animating) this.progress = Math.min((performance.now() - this.animationStart) / this.travelMs, 1);
      const layout = this.currentLayout();
      if (layout) this.paint(p, layout);
      if (animating) this.view.invalidate();
    });
    canvas.addEventListener('pointermove', this.handleMove);
    canvas.addEventListener('pointerleave', this.handleLeave);
  }

  protected abstract paint(p: PaintContext, layout: DiagramLayout): void;

  /** Shows `snapshot`; `travel` starts the signal's animation from the beginning. */
  protected replace(snapshot: Snapshot, travel: boolean): void {
    if (snapshot.sizes !== this.snapshot.sizes) this.layout = null;
    this.snapshot = snapshot;
    this.progress = travel ? 0 : 1;
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
    if (item.kind === 'neuron') return [layout.x[item.layer]![item.index]! / this.view.width, layout.y[item.layer]![item.index]! / this.view.height];
    const x = (layout.x[item.layer]![item.from]! + layout.x[item.layer + 1]![item.to]!) / 2;
    const y = (layout.y[item.layer]![item.from]! + layout.y[item.layer + 1]![item.to]!) / 2;
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
