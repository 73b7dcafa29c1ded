import type { Chart } from 'chart.js';
import type { DepthRun } from './depth-run';
import type { SignHistory } from './warning-signs';

/** A point of one layer's line; y = NaN leaves a gap where the norm is 0 or not finite (no place on a log axis). */
export interface NormPoint {
  x: number;
  y: number;
}

/**
 * Trains live in small chunks: each animation frame runs a few engine updates, appends every
 * layer's ‖∂L/∂W‖ (mean over the last pass) to its line and redraws the chart without animation, so the page keeps
 * its frame rate. `show` runs after every chunk; `report` when training ends or pauses.
 */
export class NormsLoop {
  private frame = 0;

  constructor(
    readonly run: DepthRun,
    private readonly history: SignHistory,
    /** lines[l]: the points of layer l, read by chart.js. */
    private readonly lines: NormPoint[][],
    private readonly stepsPerFrame: number,
    private readonly show: () => void,
    readonly report: () => void,
  ) {}

  get playing(): boolean {
    return this.frame !== 0;
  }

  start(chart: Chart<'line', NormPoint[]> | undefined): void {
    if (this.frame !== 0 || this.run.finished) return;
    const tick = () => {
      this.advance(this.stepsPerFrame, chart);
      if (this.run.finished) {
        this.frame = 0;
        this.report();
      } else {
        this.frame = requestAnimationFrame(tick);
      }
    };
    this.frame = requestAnimationFrame(tick);
  }

  stop(): void {
    if (this.frame === 0) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.report();
  }

  /** Runs `count` updates now and draws them (for the step button, and for reduced motion). */
  advance(count: number, chart: Chart<'line', NormPoint[]> | undefined): void {
    // One update at a time, so no warning sign that lights up between two frames goes unseen.
    for (let k = 0; k < count && this.run.run(1) === 1; k++) {
      const t = this.run.step - 1;
      this.run.passMeanNormsAt(t).forEach((norm, l) => this.lines[l]!.push({ x: t + 1, y: norm > 0 && Number.isFinite(norm) ? norm : Number.NaN }));
      this.history.observe(this.run);
    }
    if (this.run.divergence) this.history.observe(this.run);
    chart?.update('none');
    this.show();
  }
}
