import 'server-only';
import { AnswerMismatchError, checkAnswers } from '@/lib/quiz/check-answers';
import { buildFeedback, type AttemptResult } from '@/lib/quiz/feedback';
import { gradeAttempt } from '@/lib/quiz/grade';
import { renderAttempt } from '@/lib/quiz/render';
import type { SubmitAttemptInput } from '@/lib/quiz/schemas';
import { getQuiz } from '@/lib/server/content/quizzes';
import { db } from '@/lib/server/db';
import { attemptResult, type AttemptRow } from './attempt-result';
import { attemptNotFound, QuizError, quizNotFound } from './errors';
import { attemptSelect, readStoredAnswers, storedAnswers } from './stored-attempt';

export interface SubmittedAttempt {
  result: AttemptResult;
  /** True when this request found the attempt already graded by an earlier one with the same key. */
  replayed: boolean;
}

/**
 * What a submission to an already graded attempt gets: a retry of the submission that
 * committed (same key) sees that result as if it were the first answer; a different
 * submission (another tab, a forged request) is refused with 409 and shown the stored grade.
 */
function committed(row: AttemptRow, key: string): SubmittedAttempt {
  const result = attemptResult(row);
  if (readStoredAnswers(row.answers).submissionKey === key) return { result, replayed: true };
  throw new QuizError(409, 'Este intento ya se entregó. Te mostramos la nota que quedó guardada; para volver a intentarlo, empieza un intento nuevo.', result);
}

/**
 * Grades one attempt on the server and stores it with a single conditional UPDATE: only a
 * row still STARTED takes the answers, so twenty identical submissions in parallel grade
 * it once and the other nineteen read the committed result. Answers, per-question results,
 * score and submittedAt commit together before the response. Callers must have checked the session.
 */
export async function submitAttempt(userId: string, input: SubmitAttemptInput): Promise<SubmittedAttempt> {
  const row = await db().quizAttempt.findUnique({ where: { id: input.attemptId }, select: attemptSelect });
  if (!row || row.userId !== userId) throw attemptNotFound();
  if (row.status === 'SUBMITTED') return committed(row, input.key);

  const quiz = getQuiz(row.unitId);
  if (!quiz) throw quizNotFound();
  const rendered = renderAttempt(quiz, row.seed);
  let answers;
  try {
    answers = checkAnswers(rendered.questions, input.answers);
  } catch (error) {
    if (error instanceof AnswerMismatchError) throw new QuizError(400, error.message);
    throw error;
  }
  const graded = gradeAttempt(rendered.key, answers);
  const submittedAt = new Date();
  const { count } = await db().quizAttempt.updateMany({
    where: { id: row.id, userId, status: 'STARTED' },
    data: {
      status: 'SUBMITTED',
      answers: storedAnswers(input.key, answers),
      results: graded.results.map((result) => ({ ...result })),
      score: graded.score,
      correctCount: graded.correctCount,
      questionCount: graded.results.length,
      submittedAt,
    },
  });
  if (count === 0) {
    const now = await db().quizAttempt.findUniqueOrThrow({ where: { id: row.id }, select: attemptSelect });
    return committed(now, input.key);
  }
  return {
    replayed: false,
    result: {
      attemptId: row.id,
      unitId: row.unitId,
      score: graded.score,
      correctCount: graded.correctCount,
      questionCount: graded.results.length,
      submittedAt: submittedAt.toISOString(),
      questions: buildFeedback(quiz, rendered, answers, graded.results),
    },
  };
}
