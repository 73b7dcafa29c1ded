import type { NetworkSnapshot } from '../model/network-forward';
import type { DiagramLayout } from '../model/network-layout';
import type { PaintContext } from './canvas-view';
import { NetworkCanvas } from './network-canvas';
import { paintNetwork } from './network-diagram';

const TRAVEL_MS = 650;

/** The forward-pass diagram: layers revealed one at a time, the signal travelling into each. */
export class NetworkScene extends NetworkCanvas<NetworkSnapshot> {
  private revealed: number | null = 0;

  constructor(canvas: HTMLCanvasElement, snapshot: NetworkSnapshot, onHover: (index: number) => void) {
    super(canvas, snapshot, TRAVEL_MS, onHover);
  }

  /** Shows `snapshot` with `revealed` layers computed; animates when one more layer was revealed. */
  show(snapshot: NetworkSnapshot, revealed: number | null, animate: boolean): void {
    const grew = revealed !== null && this.revealed !== null && revealed === this.revealed + 1;
    this.revealed = revealed;
    this.replace(snapshot, grew && animate);
  }

  protected paint(p: PaintContext, layout: DiagramLayout): void {
    paintNetwork(p, { snapshot: this.snapshot, layout, revealed: this.revealed, progress: this.progress, focus: this.focus });
  }
}
