import type { Descent2D } from '../model/descent-2d';
import type { LossGrid } from '../model/loss-grid';

/** What both views of SuperficiePerdida draw: the sampled loss, its levels and the descent so far. */
export interface SurfacePicture {
  readonly grid: LossGrid;
  readonly levels: Float64Array;
  readonly path: Descent2D;
  /** Current step (0 … path.count − 1). */
  readonly step: number;
  /** Tip of the −∇L arrow from the current point: (w, b, L) from the engine. */
  readonly arrowTip: readonly [number, number, number];
  readonly focused: boolean;
}
