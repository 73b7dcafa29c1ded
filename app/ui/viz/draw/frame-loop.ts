/**
 * Trains live in small chunks: on each animation frame `advance` runs a few engine steps and
 * draws them straight to the canvas or chart, so React does not re-render while it plays and
 * the page keeps its frame rate. `report` tells React where training stands when it finishes
 * or pauses.
 */
export abstract class FrameLoop<Chart> {
  private frame = 0;

  constructor(
    private readonly stepsPerFrame: number,
    readonly report: () => void,
  ) {}

  get playing(): boolean {
    return this.frame !== 0;
  }

  protected abstract get finished(): boolean;

  /** Runs `count` steps now and shows them (for a step button, and for reduced motion). */
  abstract advance(count: number, chart: Chart | undefined): void;

  start(chart: Chart | undefined): void {
    if (this.frame !== 0 || this.finished) return;
    const tick = () => {
      this.advance(this.stepsPerFrame, chart);
      if (this.finished) {
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
}
