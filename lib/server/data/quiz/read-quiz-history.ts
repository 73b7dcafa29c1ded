import 'server-only';
import type { AttemptResult } from '@/lib/quiz/feedback';
import { quizUnitIds } from '@/lib/server/content/quizzes';
import { db } from '@/lib/server/db';
import { attemptResult } from './attempt-result';
import type { OpenAttempt } from '@/lib/quiz/types';
import { openAttempt } from './start-attempt';
import { attemptSelect } from './stored-attempt';

export interface AttemptSummary {
  attemptId: string;
  unitId: string;
  submittedAt: Date;
  score: number;
  correctCount: number;
  questionCount: number;
}

/** A unit's quiz for the dashboard and the start screen: attempts oldest first, best and latest score (null when never submitted). */
export interface UnitQuizHistory {
  unitId: string;
  attempts: AttemptSummary[];
  bestScore: number | null;
  latestScore: number | null;
}

/** An attempt started and left unsubmitted this long ago is not offered to resume any more. */
const RESUME_WINDOW_MS = 24 * 60 * 60 * 1000;

function history(unitId: string, attempts: AttemptSummary[]): UnitQuizHistory {
  return {
    unitId,
    attempts,
    bestScore: attempts.length ? Math.max(...attempts.map((attempt) => attempt.score)) : null,
    latestScore: attempts.at(-1)?.score ?? null,
  };
}

/** Submitted attempts of one learner, oldest first, for units that have a quiz. Callers must have checked the session. */
export async function readQuizHistories(userId: string, unitIds: string[] = quizUnitIds()): Promise<UnitQuizHistory[]> {
  const rows = await db().quizAttempt.findMany({
    where: { userId, status: 'SUBMITTED', unitId: { in: unitIds } },
    orderBy: { submittedAt: 'asc' },
    select: { id: true, unitId: true, submittedAt: true, score: true, correctCount: true, questionCount: true },
  });
  return unitIds.map((unitId) =>
    history(
      unitId,
      rows
        .filter((row) => row.unitId === unitId)
        .map((row) => ({
          attemptId: row.id,
          unitId: row.unitId,
          submittedAt: row.submittedAt ?? new Date(0),
          score: row.score ?? 0,
          correctCount: row.correctCount ?? 0,
          questionCount: row.questionCount,
        })),
    ),
  );
}

/** The learner's latest unsubmitted attempt of a unit from the last day, to resume after a reload. */
export async function readOpenAttempt(userId: string, unitId: string, now = new Date()): Promise<OpenAttempt | null> {
  const row = await db().quizAttempt.findFirst({
    where: { userId, unitId, status: 'STARTED', startedAt: { gte: new Date(now.getTime() - RESUME_WINDOW_MS) } },
    orderBy: { startedAt: 'desc' },
    select: { id: true, unitId: true, seed: true, startedAt: true },
  });
  return row ? openAttempt(row) : null;
}

/** A submitted attempt's result screen, or null unless it is this learner's and graded. */
export async function readAttemptResult(userId: string, attemptId: string): Promise<AttemptResult | null> {
  const row = await db().quizAttempt.findUnique({ where: { id: attemptId }, select: attemptSelect });
  if (!row || row.userId !== userId || row.status !== 'SUBMITTED') return null;
  return attemptResult(row);
}
