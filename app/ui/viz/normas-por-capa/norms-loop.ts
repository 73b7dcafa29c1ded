import type { Chart } from 'chart.js';
import { FrameLoop } from '../draw/frame-loop';
import type { DepthRun } from './depth-run';
import type { SignHistory } from './warning-signs';

/** A point of one layer's line; y = NaN leaves a gap where the norm is 0 or not finite (no place on a log axis). */
export interface NormPoint {
  x: number;
  y: number;
}

/** NormasPorCapa's live training: a few updates per frame, every layer's ‖∂L/∂W‖ (mean over the last pass) appended to its line. */
export class NormsLoop extends FrameLoop<Chart<'line', NormPoint[]>> {
  constructor(
    readonly run: DepthRun,
    private readonly history: SignHistory,
    /** lines[l]: the points of layer l, read by chart.js. */
    private readonly lines: NormPoint[][],
    stepsPerFrame: number,
    private readonly show: () => void,
    report: () => void,
  ) {
    super(stepsPerFrame, report);
  }

  protected get finished(): boolean {
    return this.run.finished;
  }

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
