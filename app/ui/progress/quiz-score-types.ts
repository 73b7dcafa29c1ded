/** One unit's submitted quiz scores, oldest first: `at` in epoch milliseconds, score 0–1. */
export interface QuizSeries {
  unitId: string;
  label: string;
  points: { at: number; score: number }[];
}
