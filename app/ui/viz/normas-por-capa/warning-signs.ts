import type { DepthRun } from './depth-run';

/** Updates over which a flat loss is judged (ten passes over the data), and how little it must have moved (relative). */
export const FLAT_WINDOW = 50;
export const FLAT_CHANGE = 0.01;
/** Below this loss the network has learned the circle: a flat curve there is convergence, not a warning. */
export const LEARNED_LOSS = 0.05;
/** An update at least as large as the weights it changes (‖ΔW‖/‖W‖ ≥ 1). */
export const HUGE_UPDATE = 1;
/** The first layer's gradient under a thousandth of the last layer's. */
export const VANISHING_RATIO = 1e-3;

/** The warning signs a practitioner watches during training, as they stand after the run's last update. */
export interface WarningSigns {
  /** The mean loss of the last {@link FLAT_WINDOW} updates is within 1 % of the window before, and above {@link LEARNED_LOSS}. */
  readonly flatLoss: boolean;
  /** The engine stopped the run because a loss, gradient or weight became NaN or ±Infinity. */
  readonly nonFinite: boolean;
  /** Largest ‖ΔW‖/‖W‖ over the layers in the last step, and whether it reached {@link HUGE_UPDATE}. */
  readonly maxUpdateRatio: number;
  readonly hugeUpdate: boolean;
  /** ‖∂L/∂W‖ of the first layer over that of the last, and whether it fell under {@link VANISHING_RATIO}. */
  readonly firstOverLast: number;
  readonly vanishing: boolean;
}

function meanLoss(run: DepthRun, from: number, to: number): number {
  let sum = 0;
  for (let t = from; t < to; t++) sum += run.losses[t]!;
  return sum / (to - from);
}

/** Reads the warning signs off a run's history (all false before the first update). */
export function warningSigns(run: DepthRun): WarningSigns {
  const t = run.step;
  const nonFinite = run.divergence !== null;
  if (t === 0) return { flatLoss: false, nonFinite, maxUpdateRatio: 0, hugeUpdate: false, firstOverLast: Number.NaN, vanishing: false };
  // Window means, because one batch's loss jumps from batch to batch.
  const now = t >= FLAT_WINDOW ? meanLoss(run, t - FLAT_WINDOW, t) : Number.NaN;
  const before = t >= 2 * FLAT_WINDOW ? meanLoss(run, t - 2 * FLAT_WINDOW, t - FLAT_WINDOW) : Number.NaN;
  const flatLoss = Math.abs(before - now) <= FLAT_CHANGE * before && now > LEARNED_LOSS;
  const ratios = run.ratiosAt();
  const maxUpdateRatio = ratios.reduce((m, r) => (r > m || Number.isNaN(r) ? r : m), 0);
  const norms = run.normsAt();
  const last = norms[norms.length - 1]!;
  const firstOverLast = last > 0 ? norms[0]! / last : Number.NaN;
  return {
    flatLoss,
    nonFinite,
    maxUpdateRatio,
    hugeUpdate: !(maxUpdateRatio < HUGE_UPDATE),
    firstOverLast,
    vanishing: firstOverLast < VANISHING_RATIO,
  };
}

export type SignName = 'flatLoss' | 'nonFinite' | 'hugeUpdate' | 'vanishing';
export const SIGN_NAMES: readonly SignName[] = ['flatLoss', 'nonFinite', 'hugeUpdate', 'vanishing'];

/**
 * The update at which each sign first lit up, so a badge can say «se encendió en el paso N»
 * after the run has moved on (an explosion that kills every unit leaves no sign lit later).
 */
export class SignHistory {
  readonly firstSeen: Record<SignName, number | null> = { flatLoss: null, nonFinite: null, hugeUpdate: null, vanishing: null };

  /** Looks at the run after its latest update (or after the update the engine refused). */
  observe(run: DepthRun): void {
    const signs = warningSigns(run);
    const step = run.divergence ? run.divergence.step + 1 : run.step;
    for (const name of SIGN_NAMES) if (signs[name] && this.firstSeen[name] === null) this.firstSeen[name] = step;
  }
}
