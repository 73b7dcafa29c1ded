import { predictInto, type Feature } from '@/lib/engine';
import { DOMAIN, gridInputs } from '../model/lab-data';
import type { LabSession } from '../model/lab-session';
import { HeatmapPainter } from './heatmap';
import { drawPoints } from './points';

/** Resolution of the output heatmap and of each neuron's heatmap. */
export const OUTPUT_GRID = 100;
export const NEURON_GRID = 24;

const FEATURE_SCALE: Record<Feature, (v: number) => number> = {
  x1: (v) => v / DOMAIN,
  x2: (v) => v / DOMAIN,
  x1Squared: (v) => v / 18 - 1,
  x2Squared: (v) => v / 18 - 1,
  x1x2: (v) => v / 18,
  sinX1: (v) => v,
  sinX2: (v) => v,
};

/**
 * Draws a session into its canvases (plain TS beside React): the output over a 100 × 100
 * grid with predictInto, every neuron over a 24 × 24 grid from one forward pass per cell,
 * the static feature maps, and the data points. Buffers are reused between frames.
 */
export class LabRenderer {
  readonly canvases = new Map<string, HTMLCanvasElement>();
  private readonly painters = new Map<string, HeatmapPainter>();
  private features = '';
  private outX: Float64Array = new Float64Array(0);
  private neuronX: Float64Array = new Float64Array(0);
  private outValues = new Float64Array(OUTPUT_GRID * OUTPUT_GRID);
  private layerValues: Float32Array[] = [];
  output: HTMLCanvasElement | null = null;
  points: HTMLCanvasElement | null = null;

  setOutput(el: HTMLCanvasElement | null): void {
    this.output = el;
  }

  setPoints(el: HTMLCanvasElement | null): void {
    this.points = el;
  }

  register(key: string, el: HTMLCanvasElement | null): void {
    if (el) this.canvases.set(key, el);
    else this.canvases.delete(key);
  }

  private painter(key: string): HeatmapPainter {
    let p = this.painters.get(key);
    if (!p) this.painters.set(key, (p = new HeatmapPainter()));
    return p;
  }

  private ensureGrids(features: readonly Feature[]): void {
    const key = features.join(',');
    if (key === this.features) return;
    this.features = key;
    this.outX = gridInputs(features, OUTPUT_GRID);
    this.neuronX = gridInputs(features, NEURON_GRID);
  }

  /** Feature heatmaps depend on nothing but the grid: drawn for all seven features. */
  drawInputs(all: readonly Feature[]): void {
    for (const f of all) {
      const canvas = this.canvases.get(`in-${f}`);
      if (!canvas) continue;
      const X = gridInputs([f], NEURON_GRID);
      this.painter(`in-${f}`).paint(canvas, X, NEURON_GRID, { map: FEATURE_SCALE[f] });
    }
  }

  /** Output heatmap and every neuron's heatmap for the current weights. */
  drawNetwork(session: LabSession, discrete: boolean): void {
    const net = session.net;
    const features = session.settings.features;
    this.ensureGrids(features);
    const map = (v: number) => session.unitOutput(v);
    if (this.output) {
      predictInto(net, this.outX, OUTPUT_GRID * OUTPUT_GRID, this.outValues);
      this.painter('out').paint(this.output, this.outValues, OUTPUT_GRID, { map, discrete });
    }
    const cells = NEURON_GRID * NEURON_GRID;
    if (this.layerValues.length !== net.layers.length || this.layerValues.some((v, l) => v.length !== cells * net.layers[l]!.nOut)) {
      this.layerValues = net.layers.map((l) => new Float32Array(cells * l.nOut));
    }
    const nIn = net.inputSize;
    for (let c = 0; c < cells; c++) {
      net.forward(this.neuronX.subarray(c * nIn, (c + 1) * nIn));
      for (let l = 0; l < net.layers.length; l++) {
        const layer = net.layers[l]!;
        const out = this.layerValues[l]!;
        for (let j = 0; j < layer.nOut; j++) out[c * layer.nOut + j] = layer.a[j]!;
      }
    }
    net.layers.forEach((layer, l) => {
      const isOut = l === net.layers.length - 1;
      const scale = isOut ? map : layer.activation === 'sigmoid' ? (v: number) => 2 * v - 1 : undefined;
      for (let j = 0; j < layer.nOut; j++) {
        const canvas = this.canvases.get(`n-${l}-${j}`);
        if (canvas) this.painter(`n-${l}-${j}`).paint(canvas, this.layerValues[l]!, NEURON_GRID, { stride: layer.nOut, offset: j, map: scale, discrete: isOut && discrete });
      }
    });
  }

  drawData(session: LabSession, showTest: boolean): void {
    if (!this.points) return;
    const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    const size = Math.round((this.points.clientWidth || 300) * dpr);
    if (this.points.width !== size) this.points.width = size;
    if (this.points.height !== size) this.points.height = size;
    const s = session.settings;
    const valueOf = (y: number) => (s.problem === 'regression' ? y : 2 * y - 1);
    drawPoints(this.points, session.data.train, showTest ? session.data.test : null, DOMAIN, valueOf);
  }
}
