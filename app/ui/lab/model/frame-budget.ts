/** Epochs per animation frame for each speed of the lab. */
export const SPEEDS = { lenta: 1 / 6, normal: 1, rapida: Infinity } as const;
export type Speed = keyof typeof SPEEDS;

/** Default cap on engine work per frame: half of a 60 Hz frame, leaving room to draw. */
export const FRAME_BUDGET_MS = 8;

/**
 * Spreads a target pace (epochs per frame) over frames as whole mini-batches: fractional
 * batches carry over as credit.
 */
export class FramePacer {
  private credit = 0;

  batchesForFrame(batchesPerEpoch: number, epochsPerFrame: number): number {
    if (!Number.isFinite(epochsPerFrame)) return Number.POSITIVE_INFINITY;
    // Credit only grows per call and is spent down to a fraction, so skipped frames cause no burst.
    this.credit += batchesPerEpoch * epochsPerFrame;
    const n = Math.floor(this.credit + 1e-9);
    this.credit -= n;
    return n;
  }

  reset(): void {
    this.credit = 0;
  }
}

/**
 * Runs `unit` up to `maxUnits` times while the clock stays within `budgetMs` (checked after
 * every unit, so at least one runs); stops early when `unit` returns false.
 */
export function runWithinBudget(maxUnits: number, budgetMs: number, now: () => number, unit: () => boolean): { units: number; elapsedMs: number } {
  const start = now();
  let units = 0;
  while (units < maxUnits) {
    units++;
    if (!unit()) break;
    if (now() - start >= budgetMs) break;
  }
  return { units, elapsedMs: now() - start };
}

/**
 * While playing, React state (losses, gradients, the announcement) is refreshed every
 * 100 ms, or less often when a refresh costs more than a tenth of that interval (the
 * largest network in a development build), so panels never starve the animation.
 */
export function uiInterval(renderCostMs: number): number {
  return Math.min(500, Math.max(100, 10 * renderCostMs));
}
