import { CanvasView } from './canvas-view';
import { contourPlot, fillContourImage, paintContourOverlay } from './contour-map';
import { dataX, dataY } from './plot';
import type { SurfacePicture } from './surface-picture';

/**
 * The contour map: the filled bands are rendered once per size and data into an offscreen
 * canvas, so a new step only repaints the overlay. A click picks the start point.
 */
export class ContourScene {
  private readonly view: CanvasView;
  private bands: HTMLCanvasElement | null = null;
  private bandsKey = '';

  constructor(
    canvas: HTMLCanvasElement,
    private picture: SurfacePicture,
    private readonly onPick: (w: number, b: number) => void,
  ) {
    this.view = new CanvasView(canvas, (p) => {
      const plot = contourPlot(this.picture, p.width, p.height);
      const bands = this.bandImage(plot.width, plot.height);
      if (bands) p.ctx.drawImage(bands, plot.left, plot.top, plot.width, plot.height);
      paintContourOverlay(p, this.picture, plot);
    });
    canvas.addEventListener('click', this.click);
  }

  show(picture: SurfacePicture): void {
    if (picture.grid !== this.picture.grid || picture.levels !== this.picture.levels) this.bandsKey = '';
    this.picture = picture;
    this.view.invalidate();
  }

  destroy(): void {
    this.view.canvas.removeEventListener('click', this.click);
    this.view.destroy();
  }

  private bandImage(cssWidth: number, cssHeight: number): HTMLCanvasElement | null {
    const resolution = window.devicePixelRatio || 1;
    const width = Math.round(cssWidth * resolution);
    const height = Math.round(cssHeight * resolution);
    if (width < 1 || height < 1) return null;
    const key = `${width}x${height}`;
    if (this.bands && this.bandsKey === key) return this.bands;
    const canvas = this.bands ?? document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const image = ctx.createImageData(width, height);
    const plot = contourPlot(this.picture, this.view.width, this.view.height);
    fillContourImage(image, this.picture, plot, resolution);
    ctx.putImageData(image, 0, 0);
    this.bands = canvas;
    this.bandsKey = key;
    return canvas;
  }

  private readonly click = (event: MouseEvent) => {
    const [x, y] = this.view.pointer(event);
    const plot = contourPlot(this.picture, this.view.width, this.view.height);
    if (x < plot.left || x > plot.left + plot.width || y < plot.top || y > plot.top + plot.height) return;
    this.onPick(dataX(plot, x), dataY(plot, y));
  };
}
