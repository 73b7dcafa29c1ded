import { contourLevels } from './contour';
import { SURFACE_WINDOW, surfaceData } from './line-data';
import { LineFit } from './line-fit';
import { type LossGrid, sampleLossGrid } from './loss-grid';

/** Lattice points per side of the sampled loss: 65 = 2⁶ + 1, so the 3-D mesh can take every 2nd. */
export const GRID_SIZE = 65;

/** Everything SuperficiePerdida derives from its seed: the data as an engine model, the sampled loss and its contour levels. */
export interface SurfaceModel {
  readonly fit: LineFit;
  readonly grid: LossGrid;
  readonly levels: Float64Array;
}

const cache = new Map<number, SurfaceModel>();

/** The model for `seed`, computed once per seed (sampling the grid is thousands of engine passes). */
export function surfaceModel(seed: number): SurfaceModel {
  let model = cache.get(seed);
  if (!model) {
    const fit = new LineFit(surfaceData(seed));
    const grid = sampleLossGrid(fit, SURFACE_WINDOW, GRID_SIZE);
    model = { fit, grid, levels: contourLevels(grid.min, grid.max, 10) };
    cache.set(seed, model);
  }
  return model;
}
