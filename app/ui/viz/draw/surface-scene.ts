import { CanvasView } from './canvas-view';
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
  private drag: { x: number; y: number; yaw: number; pitch: number } | null = null;

  constructor(
    canvas: HTMLCanvasElement,
    private picture: SurfacePicture,
    private yaw: number,
    private pitch: number,
    private readonly onTurn: (yaw: number, pitch: number) => void,
  ) {
    this.view = new CanvasView(canvas, (p) => paintSurface(p, this.picture, fitView(p.width, p.height, this.yaw, this.pitch), this.buffers));
    canvas.addEventListener('pointerdown', this.down);
    canvas.addEventListener('pointermove', this.move);
    canvas.addEventListener('pointerup', this.up);
    canvas.addEventListener('pointercancel', this.up);
  }

  show(picture: SurfacePicture, yaw: number, pitch: number): void {
    this.picture = picture;
    this.yaw = yaw;
    this.pitch = pitch;
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

  private readonly down = (event: PointerEvent) => {
    this.drag = { x: event.clientX, y: event.clientY, yaw: this.yaw, pitch: this.pitch };
    this.view.canvas.setPointerCapture(event.pointerId);
  };

  private readonly move = (event: PointerEvent) => {
    if (!this.drag) return;
    this.yaw = this.drag.yaw + (event.clientX - this.drag.x) * 0.01;
    this.pitch = Math.min(PITCH_MAX, Math.max(PITCH_MIN, this.drag.pitch + (event.clientY - this.drag.y) * 0.005));
    this.view.invalidate();
  };

  private readonly up = () => {
    if (!this.drag) return;
    this.drag = null;
    this.onTurn(this.yaw, this.pitch);
  };
}
