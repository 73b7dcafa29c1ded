import type { EdgeMode, EdgeStyles } from '../model/edge-style';
import type { GradientView } from '../model/inspect-gradients';
import type { NodeSpot } from '../model/network-geometry';
import type { PhaseView } from '../model/phase-stepper';
import { signColor } from './colors';

/** One edge's ends, in percent of the drawing (the same spots the nodes are placed at). */
export interface EdgeEnds {
  a: Pick<NodeSpot, 'x' | 'y'>;
  b: Pick<NodeSpot, 'x' | 'y'>;
}

/** What the network view hands the renderer so it can stroke the edges every frame. */
export interface EdgeLayer {
  setEdgeCanvas(el: HTMLCanvasElement | null): void;
  setEdgeGeometry(ends: readonly EdgeEnds[]): void;
  setEdgeView(view: { grad: GradientView | null; phase: PhaseView | null; mode: EdgeMode }): void;
}

const BLUE = signColor(1);
const ORANGE = signColor(-1);

/**
 * Strokes every weight as Playground's curve (horizontal at both ends) on a canvas covering
 * the drawing: one canvas instead of hundreds of SVG paths re-rendered by React each frame.
 */
export function drawEdges(canvas: HTMLCanvasElement, ends: readonly EdgeEnds[], styles: EdgeStyles): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  if (canvas.width !== Math.round(w * dpr)) canvas.width = Math.round(w * dpr);
  if (canvas.height !== Math.round(h * dpr)) canvas.height = Math.round(h * dpr);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.globalAlpha = 0.85;
  const n = Math.min(ends.length, styles.width.length);
  for (let e = 0; e < n; e++) {
    const { a, b } = ends[e]!;
    const ax = (a.x * w) / 100;
    const ay = (a.y * h) / 100;
    const bx = (b.x * w) / 100;
    const by = (b.y * h) / 100;
    const mid = (ax + bx) / 2;
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.bezierCurveTo(mid, ay, mid, by, bx, by);
    ctx.lineWidth = styles.width[e]!;
    ctx.strokeStyle = styles.sign[e]! > 0 ? BLUE : ORANGE;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
