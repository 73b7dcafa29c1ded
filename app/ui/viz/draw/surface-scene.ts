import { CanvasView } from './canvas-view';
import { PointerDrag } from './pointer-drag';
import { createSurfaceBuffers, fitView, paintSurface } from './surface-3d';
import type { SurfacePicture } from './surface-picture';

/** Tilt limits: from almost edge-on to almost straight down. */
export const PITCH_MIN = 0.15;
export const PITCH_MAX = 1.35;

/**
 * The 3-D surface: dragging turns it (horizontal: yaw; vertical: pitch) and repaints every
 * frame without React; the final angles are reported on release to keep the slider in step.
 */
export class SurfaceScene {
  private readonly view: CanvasView;
  private readonly buffers = createSurfaceBuffers();
  private readonly drag: PointerDrag;
  /** Where the pointer went down and the angles then. */
  private grab = { x: 0, y: 0, yaw: 0, pitch: 0 };

  constructor(
    canvas: HTMLCanvasElement,
    private picture: SurfacePicture,
    private yaw: number,
    private pitch: number,
    onTurn: (yaw: number, pitch: number) => void,
  ) {
    this.view = new CanvasView(canvas, (p) => paintSurface(p, this.picture, fitView(p.width, p.height, this.yaw, this.pitch), this.buffers));
    this.drag = new PointerDrag(canvas, {
      start: (event) => (this.grab = { x: event.clientX, y: event.clientY, yaw: this.yaw, pitch: this.pitch }),
      move: (event) => this.turn(event),
      end: () => onTurn(this.yaw, this.pitch),
    });
  }

  show(picture: SurfacePicture, yaw: number, pitch: number): void {
    this.picture = picture;
    this.yaw = yaw;
    this.pitch = pitch;
    this.view.invalidate();
  }

  destroy(): void {
    this.drag.destroy();
    this.view.destroy();
  }

  private turn(event: PointerEvent): void {
    this.yaw = this.grab.yaw + (event.clientX - this.grab.x) * 0.01;
    this.pitch = Math.min(PITCH_MAX, Math.max(PITCH_MIN, this.grab.pitch + (event.clientY - this.grab.y) * 0.005));
    this.view.invalidate();
  }
}
