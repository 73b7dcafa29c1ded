import 'server-only';
import { quizHref } from '@/lib/server/content/quizzes';
import { getLearnerDashboard } from '@/lib/server/data/progress/get-learner-dashboard';
import { requireSelf } from '@/lib/server/data/progress/require-self';
import type { LearnerDashboard } from '@/lib/server/data/progress/schemas';
import { suggestQuiz, type QuizSuggestion } from './next-quiz';
import { readQuizHistories } from './read-quiz-history';

export interface QuizDashboard extends LearnerDashboard {
  quizzes: {
    unitId: string;
    number: number;
    title: string;
    href: string;
    attempts: { at: number; score: number }[];
    best: number | null;
    latest: number | null;
    mastery: LearnerDashboard['units'][number]['mastery'];
  }[];
  /** The quiz to take next, when a finished unit's quiz is untaken or not yet passed. */
  quizSuggestion: QuizSuggestion | null;
}

/** /mi-progreso with quizzes: the learner's dashboard fed with best and latest scores, plus every attempt for the chart. */
export async function getQuizDashboard(userId: string): Promise<QuizDashboard> {
  await requireSelf(userId);
  const histories = await readQuizHistories(userId);
  const dashboard = await getLearnerDashboard(userId, {
    quizResults: histories.map((history) => ({ unitId: history.unitId, bestScore: history.bestScore, latestScore: history.latestScore })),
  });
  const byUnit = new Map(histories.map((history) => [history.unitId, history]));
  const quizzes = dashboard.units.flatMap((unit) => {
    const history = byUnit.get(unit.unitId);
    const href = quizHref(unit.unitId);
    if (!history || !href) return [];
    const attempts = history.attempts.map((attempt) => ({ at: attempt.submittedAt.getTime(), score: attempt.score }));
    return [{ unitId: unit.unitId, number: unit.number, title: unit.title, href, attempts, best: history.bestScore, latest: history.latestScore, mastery: unit.mastery }];
  });
  return { ...dashboard, quizzes, quizSuggestion: suggestQuiz(dashboard.units, quizHref) };
}
