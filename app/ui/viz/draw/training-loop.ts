import type { Chart } from 'chart.js';
import type { Trainer } from '../model/trainer';
import { FrameLoop } from './frame-loop';

/** A point of the loss curve as chart.js reads it with parsing off. */
export interface CurvePoint {
  x: number;
  y: number;
}

/** CurvaPerdida's live training: a few engine epochs per frame, their losses appended to the chart (x = the loss after x epochs). */
export class TrainingLoop extends FrameLoop<Chart<'line', CurvePoint[]>> {
  constructor(
    readonly trainer: Trainer,
    private readonly points: CurvePoint[],
    epochsPerFrame: number,
    /** Writes the readout straight into the DOM. */
    private readonly show: () => void,
    report: () => void,
  ) {
    super(epochsPerFrame, report);
  }

  protected get finished(): boolean {
    return this.trainer.finished;
  }

  advance(count: number, chart: Chart<'line', CurvePoint[]> | undefined): void {
    const from = this.trainer.epoch;
    this.trainer.run(count);
    // losses[e] is the loss the engine measured before update e + 1, i.e. after e epochs.
    for (let e = from; e < this.trainer.epoch; e++) this.points.push({ x: e, y: this.trainer.losses[e]! });
    chart?.update('none');
    this.show();
  }
}
