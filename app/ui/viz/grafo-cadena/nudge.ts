import { lossAt, type ExpressionName, type Leaves } from './expressions';

/** Smallest and largest push of the «Empujar» slider (log scale between them). */
export const NUDGE_MIN = 0.001;
export const NUDGE_MAX = 0.5;

/** What happens to L when one leaf moves by ε, next to what the gradient predicts. */
export interface NudgeReport {
  readonly epsilon: number;
  readonly lossBefore: number;
  /** L(leaf + ε), recomputed with the engine on a rebuilt graph. */
  readonly lossAfter: number;
  /** The actual change L(leaf + ε) − L(leaf). */
  readonly actualChange: number;
  /** The first-order prediction ε·∂L/∂leaf. */
  readonly predictedChange: number;
  /** Central difference [L(leaf + ε) − L(leaf − ε)] / 2ε, an estimate of ∂L/∂leaf without backward. */
  readonly centralSlope: number;
  readonly gradient: number;
}

/**
 * Nudges `leaf` by ε and recomputes L twice (at +ε and −ε): ΔL ≈ ε·∂L/∂leaf holds to first
 * order, so the actual change and the prediction agree for small ε and drift apart as ε
 * grows and the curvature of L shows.
 */
export function nudgeLeaf(name: ExpressionName, leaves: Leaves, leaf: string, epsilon: number, gradient: number): NudgeReport {
  const at = (delta: number) => lossAt(name, { ...leaves, [leaf]: leaves[leaf]! + delta });
  const lossBefore = at(0);
  const lossAfter = at(epsilon);
  return {
    epsilon,
    lossBefore,
    lossAfter,
    actualChange: lossAfter - lossBefore,
    predictedChange: epsilon * gradient,
    centralSlope: (lossAfter - at(-epsilon)) / (2 * epsilon),
    gradient,
  };
}

/** The relative gap between the actual change and the prediction (0 = perfect agreement). */
export function predictionGap(report: NudgeReport): number {
  const scale = Math.max(Math.abs(report.actualChange), 1e-12);
  return Math.abs(report.actualChange - report.predictedChange) / scale;
}
