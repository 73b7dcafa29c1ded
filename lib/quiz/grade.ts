import type { AnswerKey, GivenAnswer, GradedAttempt, GradedQuestion, KeyEntry } from './types';

/**
 * A number as a Spanish or an English keyboard writes it: "0,5", "0.5", "-1,25", "−3" (the
 * typographic minus), "+2", ".5". Thousands separators are not accepted: quiz answers are small.
 * Null when the text is not a number.
 */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/\s+/g, '').replace(/[−–]/g, '-');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(cleaned)) return null;
  return Number(cleaned.replace(',', '.'));
}

/** Floating-point slack, so that 0.30000000000000004 is as good as 0.3. */
const EPSILON = 1e-9;

/**
 * Accepted when |given − right| ≤ max(absolute, relative·|right|), and never less than half a
 * unit in the last digit asked for: a learner who rounds as told is always right.
 */
export function numericTolerance(entry: Extract<KeyEntry, { type: 'numeric' }>): number {
  const rounding = 0.5 * 10 ** -entry.decimals;
  return Math.max(entry.tolerance.absolute, entry.tolerance.relative * Math.abs(entry.answer), rounding) + EPSILON;
}

/**
 * Multiple choice: right only when the set is exact; partial credit is (right picks − wrong
 * picks) / right options, never below 0, so ticking every box earns nothing.
 */
function multiplePoints(right: string[], given: string[]): number {
  const wanted = new Set(right);
  const hits = given.filter((id) => wanted.has(id)).length;
  return Math.max(0, (hits - (given.length - hits)) / right.length);
}

/**
 * Ordering: right only in the exact order; partial credit is the share of consecutive steps
 * kept together (A right before B, as in the key), so one item out of place costs one or two
 * steps rather than every position after it.
 */
function orderingPoints(right: string[], given: string[]): number {
  const position = new Map(given.map((id, index) => [id, index]));
  let kept = 0;
  for (let i = 0; i + 1 < right.length; i++) if (position.get(right[i + 1]!)! - position.get(right[i]!)! === 1) kept++;
  return kept / (right.length - 1);
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** One question graded against its key; an unanswered question scores 0. */
export function gradeQuestion(questionId: string, entry: KeyEntry, given: GivenAnswer): GradedQuestion {
  const result = (correct: boolean, points = correct ? 1 : 0): GradedQuestion => ({ questionId, correct, points });
  if (given === null) return result(false);
  switch (entry.type) {
    case 'single':
      return result(given === entry.answer);
    case 'multiple': {
      const picks = Array.isArray(given) ? given : [given];
      const exact = picks.length === entry.answer.length && entry.answer.every((id) => picks.includes(id));
      return result(exact, exact ? 1 : multiplePoints(entry.answer, picks));
    }
    case 'ordering': {
      const order = Array.isArray(given) ? given : [given];
      const exact = sameList(order, entry.answer);
      return result(exact, exact ? 1 : orderingPoints(entry.answer, order));
    }
    case 'numeric': {
      const value = typeof given === 'string' ? parseDecimal(given) : null;
      return result(value !== null && Math.abs(value - entry.answer) <= numericTolerance(entry));
    }
  }
}

/** Every question of the key graded, in quiz order; questions left blank count as wrong. */
export function gradeAttempt(key: AnswerKey, answers: ReadonlyMap<string, GivenAnswer>): GradedAttempt {
  const results = [...key].map(([id, entry]) => gradeQuestion(id, entry, answers.get(id) ?? null));
  const points = results.reduce((sum, result) => sum + result.points, 0);
  return {
    results,
    correctCount: results.filter((result) => result.correct).length,
    score: results.length ? Math.round((points / results.length) * 10_000) / 10_000 : 0,
  };
}
