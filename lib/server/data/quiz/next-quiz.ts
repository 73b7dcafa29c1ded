import 'server-only';
import type { Mastery } from '@/lib/server/data/progress/schemas';

export interface QuizSuggestion {
  unitId: string;
  number: number;
  title: string;
  href: string;
  /** first: never taken; again: taken, not yet proficient. */
  reason: 'first' | 'again';
}

interface UnitState {
  unitId: string;
  number: number;
  title: string;
  completed: number;
  total: number;
  mastery: Mastery;
}

/**
 * The quiz worth taking next: the first unit, in course order, whose lessons are all
 * completed and whose quiz is untaken or below proficient. Null when there is none.
 */
export function suggestQuiz(units: UnitState[], quizHref: (unitId: string) => string | null): QuizSuggestion | null {
  for (const unit of units) {
    if (unit.completed < unit.total || !(unit.mastery === 'NOT_STARTED' || unit.mastery === 'FAMILIAR')) continue;
    const href = quizHref(unit.unitId);
    if (!href) continue;
    return { unitId: unit.unitId, number: unit.number, title: unit.title, href, reason: unit.mastery === 'NOT_STARTED' ? 'first' : 'again' };
  }
  return null;
}
