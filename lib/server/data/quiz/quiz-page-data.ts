import 'server-only';
import type { AttemptResult } from '@/lib/quiz/feedback';
import type { OpenAttempt, PublicQuestion } from '@/lib/quiz/types';
import { getSessionUser } from '@/lib/server/auth/session';
import { getQuiz } from '@/lib/server/content/quizzes';
import { readAttemptResult, readOpenAttempt, readQuizHistories, type UnitQuizHistory } from './read-quiz-history';

export interface QuizPageData {
  title: string;
  /** The kind of each question, in order: the start screen says what is coming without showing it. */
  types: PublicQuestion['type'][];
  /** Null for a visitor, who sees the introduction and a sign-in link. */
  learner: { history: UnitQuizHistory; open: OpenAttempt | null; result: AttemptResult | null } | null;
}

/** Everything /curso/<unidad>/cuestionario shows, or null when the unit has no quiz yet. */
export async function getQuizPageData(unitId: string, attemptId: string | undefined): Promise<QuizPageData | null> {
  const quiz = getQuiz(unitId);
  if (!quiz) return null;
  const types = quiz.questions.map((question) => question.type);
  const user = await getSessionUser();
  if (!user) return { title: quiz.title, types, learner: null };
  const [[history], open, result] = await Promise.all([
    readQuizHistories(user.id, [unitId]),
    readOpenAttempt(user.id, unitId),
    attemptId ? readAttemptResult(user.id, attemptId) : null,
  ]);
  return { title: quiz.title, types, learner: { history: history!, open, result: result?.unitId === unitId ? result : null } };
}

