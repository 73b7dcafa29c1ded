import 'server-only';
import type { Mastery } from './schemas';

/** A unit's quiz as the dashboard needs it: a null bestScore means never submitted. */
export interface UnitQuizResult {
  unitId: string;
  /** Best submitted score, 0–1. */
  bestScore: number | null;
  /** Score of the most recent submission, 0–1; the best one stands in when absent. */
  latestScore?: number | null;
}

/**
 * The best score says what a learner reached; the latest says whether it held. Both count:
 *   MASTERED    best ≥ 90 % and latest ≥ 70 %
 *   PROFICIENT  best ≥ 70 % and latest ≥ 50 %
 *   FAMILIAR    any submitted attempt below that
 * So one lucky attempt followed by a poor one does not read as mastery, and a slip after a
 * strong result costs one level, not all of them, until the learner takes the quiz again.
 */
export const MASTERY_THRESHOLDS = {
  mastered: { best: 0.9, latest: 0.7 },
  proficient: { best: 0.7, latest: 0.5 },
} as const;

/** Mastery of a unit from its quiz results; a unit without a quiz yet is NO_QUIZ. */
export function masteryFor(result: UnitQuizResult | undefined): Mastery {
  if (!result) return 'NO_QUIZ';
  const { bestScore: best } = result;
  if (best === null) return 'NOT_STARTED';
  const latest = result.latestScore ?? best;
  const reaches = (level: { best: number; latest: number }) => best >= level.best && latest >= level.latest;
  if (reaches(MASTERY_THRESHOLDS.mastered)) return 'MASTERED';
  if (reaches(MASTERY_THRESHOLDS.proficient)) return 'PROFICIENT';
  return 'FAMILIAR';
}
