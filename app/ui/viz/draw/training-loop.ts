import type { Chart } from 'chart.js';
import type { Trainer } from '../model/trainer';

/** A point of the loss curve as chart.js reads it with parsing off. */
export interface CurvePoint {
  x: number;
  y: number;
}

/**
 * Trains live: each animation frame runs a few engine epochs, appends their losses to the
 * chart (point x = the loss after x epochs) and calls `show` (which writes the readout straight into the DOM),
 * so React does not re-render while it plays. `report` runs when training finishes or is paused.
 */
export class TrainingLoop {
  private frame = 0;

  constructor(
    readonly trainer: Trainer,
    private readonly points: CurvePoint[],
    private readonly epochsPerFrame: number,
    private readonly show: () => void,
    /** Tells React where training stands. */
    readonly report: () => void,
  ) {}

  start(chart: Chart<'line', CurvePoint[]> | undefined): void {
    if (this.frame !== 0 || this.trainer.finished) return;
    const tick = () => {
      this.advance(this.epochsPerFrame, chart);
      if (this.trainer.finished) {
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

  /** Runs `count` epochs now and shows them (for steps, and for reduced motion). */
  advance(count: number, chart: Chart<'line', CurvePoint[]> | undefined): void {
    const from = this.trainer.epoch;
    this.trainer.run(count);
    // losses[e] is the loss the engine measured before update e + 1, i.e. after e epochs.
    for (let e = from; e < this.trainer.epoch; e++) this.points.push({ x: e, y: this.trainer.losses[e]! });
    chart?.update('none');
    this.show();
  }
}
