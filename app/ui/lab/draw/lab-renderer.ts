import { predictInto, type Feature } from '@/lib/engine';
import { DOMAIN, gridInputs } from '../model/lab-data';
import type { LabSession } from '../model/lab-session';
import { edgeStyles, type EdgeMode, type EdgeStyles } from '../model/edge-style';
import type { GradientView } from '../model/inspect-gradients';
import type { PhaseView } from '../model/phase-stepper';
import { drawEdges, type EdgeEnds, type EdgeLayer } from './edges';
import { HeatmapPainter } from './heatmap';
import { NEURON_GRID, NeuronMaps } from './neuron-maps';
import { drawPoints } from './points';

/**
 * Resolution of the output heatmap: at rest, and while training (a quarter of the forward
 * passes, smoothed by the browser's scaling).
 */
export const OUTPUT_GRID = 100;
export const OUTPUT_GRID_LIVE = 50;

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
 * grid with predictInto (50 × 50 while training), every neuron over a 24 × 24 grid from one
 * forward pass per cell, the weights as curves on one canvas, the static feature maps, and
 * the data points. Buffers are reused between frames.
 */
export class LabRenderer implements EdgeLayer {
  readonly canvases = new Map<string, HTMLCanvasElement>();
  private readonly painters = new Map<string, HeatmapPainter>();
  private features = '';
  private outX = new Map<number, Float64Array>();
  private neuronX: Float64Array = new Float64Array(0);
  private outValues = new Float64Array(OUTPUT_GRID * OUTPUT_GRID);
  private edgeCanvas: HTMLCanvasElement | null = null;
  private edgeEnds: readonly EdgeEnds[] = [];
  private edgeView: { grad: GradientView | null; phase: PhaseView | null; mode: EdgeMode } = { grad: null, phase: null, mode: 'peso' };
  private styles: EdgeStyles | undefined;
  private liveFrame = 0;
  private readonly neurons = new NeuronMaps();
  output: HTMLCanvasElement | null = null;
  points: HTMLCanvasElement | null = null;

  setOutput(el: HTMLCanvasElement | null): void {
    this.output = el;
  }

  setPoints(el: HTMLCanvasElement | null): void {
    this.points = el;
  }

  setEdgeCanvas(el: HTMLCanvasElement | null): void {
    this.edgeCanvas = el;
  }

  setEdgeGeometry(ends: readonly EdgeEnds[]): void {
    this.edgeEnds = ends;
  }

  setEdgeView(view: { grad: GradientView | null; phase: PhaseView | null; mode: EdgeMode }): void {
    this.edgeView = view;
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
    this.outX = new Map([OUTPUT_GRID, OUTPUT_GRID_LIVE].map((n) => [n, gridInputs(features, n)]));
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

  /**
   * Edges, the output heatmap and every neuron's heatmap for the current weights. While
   * training (`live`) the two heatmap passes take turns, each redrawn every other frame
   * (30 Hz at 60 fps), which halves the drawing per frame; the edges follow every frame.
   */
  drawNetwork(session: LabSession, discrete: boolean, live = false): void {
    const net = session.net;
    this.ensureGrids(session.settings.features);
    if (this.edgeCanvas) {
      const { grad, phase, mode } = this.edgeView;
      this.styles = edgeStyles(net, grad, phase, mode, this.styles);
      drawEdges(this.edgeCanvas, this.edgeEnds, this.styles);
    }
    const turn = this.liveFrame++ % 2;
    if (!live || turn === 0) this.drawOutput(session, discrete, live);
    if (!live || turn === 1) this.neurons.draw(session, this.neuronX, discrete, this.canvases, (key) => this.painter(key));
  }

  private drawOutput(session: LabSession, discrete: boolean, live: boolean): void {
    if (!this.output) return;
    const n = live ? OUTPUT_GRID_LIVE : OUTPUT_GRID;
    predictInto(session.net, this.outX.get(n)!, n * n, this.outValues);
    this.painter('out').paint(this.output, this.outValues, n, { map: (v) => session.unitOutput(v), discrete });
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
