import type { PaintContext } from '../draw/canvas-view';
import { NetworkCanvas } from '../draw/network-canvas';
import type { DiagramLayout } from '../model/network-layout';
import type { BackwardSnapshot } from './backward-model';
import { paintBackward } from './backward-diagram';

const TRAVEL_MS = 700;

/** The backward-pass diagram: the error flowing back one layer per step. */
export class BackwardScene extends NetworkCanvas<BackwardSnapshot> {
  private step = 0;

  constructor(canvas: HTMLCanvasElement, snapshot: BackwardSnapshot, onHover: (index: number) => void) {
    super(canvas, snapshot, TRAVEL_MS, onHover);
  }

  /** Shows `step`; animates only a single step towards the input, and only when `animate`. */
  show(snapshot: BackwardSnapshot, step: number, animate: boolean): void {
    const advanced = snapshot === this.snapshot && step === this.step + 1;
    this.step = step;
    this.replace(snapshot, advanced && animate);
  }

  protected paint(p: PaintContext, layout: DiagramLayout): void {
    paintBackward(p, { snapshot: this.snapshot, layout, step: this.step, progress: this.progress, focus: this.focus });
  }
}
