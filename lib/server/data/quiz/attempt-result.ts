import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { buildFeedback, type AttemptResult } from '@/lib/quiz/feedback';
import { renderAttempt } from '@/lib/quiz/render';
import { getQuiz } from '@/lib/server/content/quizzes';
import { quizNotFound } from './errors';
import { readStoredAnswers, readStoredResults, type attemptSelect } from './stored-attempt';

export type AttemptRow = Prisma.QuizAttemptGetPayload<{ select: typeof attemptSelect }>;

/**
 * The result screen of a submitted attempt, rebuilt from what was stored: the seed redraws
 * the same numbers, the stored answers and per-question results say what was right. An
 * attempt of an older version of the quiz keeps its grade and shows no per-question detail.
 */
export function attemptResult(row: AttemptRow): AttemptResult {
  const quiz = getQuiz(row.unitId) ?? (() => { throw quizNotFound(); })();
  const rendered = renderAttempt(quiz, row.seed);
  const results = readStoredResults(row.results);
  const { given } = readStoredAnswers(row.answers);
  // Results stored for other questions (the quiz file changed since) cannot be explained one by one: keep the grade only.
  const matches = results.length > 0 && quiz.questions.every((question) => results.some((result) => result.questionId === question.id));
  return {
    attemptId: row.id,
    unitId: row.unitId,
    score: row.score ?? 0,
    correctCount: row.correctCount ?? 0,
    questionCount: row.questionCount,
    submittedAt: (row.submittedAt ?? row.startedAt).toISOString(),
    questions: matches ? buildFeedback(quiz, rendered, given, results) : [],
  };
}
