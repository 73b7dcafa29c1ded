import 'server-only';
import type { Mastery } from './schemas';

/** A unit's quiz as the dashboard needs it: null bestScore means never submitted. */
export interface UnitQuizResult {
  unitId: string;
  /** Best submitted score, 0–1. */
  bestScore: number | null;
}

// Khan Academy's ladder: a first solid attempt is familiar, most right is proficient, nearly all is mastered.
export const MASTERY_THRESHOLDS = { proficient: 0.7, mastered: 0.9 } as const;

/** Mastery of a unit from its quiz result; a unit without a quiz yet is NO_QUIZ. */
export function masteryFor(result: UnitQuizResult | undefined): Mastery {
  if (!result) return 'NO_QUIZ';
  if (result.bestScore === null) return 'NOT_STARTED';
  if (result.bestScore >= MASTERY_THRESHOLDS.mastered) return 'MASTERED';
  if (result.bestScore >= MASTERY_THRESHOLDS.proficient) return 'PROFICIENT';
  return 'FAMILIAR';
}
