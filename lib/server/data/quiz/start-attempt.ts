import 'server-only';
import crypto from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';
import { renderAttempt } from '@/lib/quiz/render';
import { MAX_ATTEMPT_SEED } from '@/lib/quiz/seed';
import type { OpenAttempt } from '@/lib/quiz/types';
import { getQuiz } from '@/lib/server/content/quizzes';
import { db } from '@/lib/server/db';
import { storedKey } from '@/lib/server/data/progress/stored-key';
import { quizNotFound } from './errors';

export function openAttempt(row: { id: string; unitId: string; seed: number; startedAt: Date }): OpenAttempt {
  const quiz = getQuiz(row.unitId) ?? (() => { throw quizNotFound(); })();
  return { attemptId: row.id, unitId: row.unitId, startedAt: row.startedAt.toISOString(), questions: renderAttempt(quiz, row.seed).questions };
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * A new attempt of a unit's quiz with a fresh random seed, which fixes its numbers and order
 * for good. The client's key makes a retried start return the same attempt instead of a second one.
 * Callers must have checked the session.
 */
export async function startAttempt(userId: string, unitId: string, key: string): Promise<OpenAttempt> {
  const quiz = getQuiz(unitId);
  if (!quiz) throw quizNotFound();
  const idempotencyKey = storedKey(userId, key);
  const select = { id: true, unitId: true, seed: true, startedAt: true } as const;
  try {
    const row = await db().quizAttempt.create({
      data: { userId, unitId, seed: crypto.randomInt(1, MAX_ATTEMPT_SEED + 1), questionCount: quiz.questions.length, idempotencyKey },
      select,
    });
    return openAttempt(row);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const row = await db().quizAttempt.findUniqueOrThrow({ where: { idempotencyKey }, select });
    return openAttempt(row);
  }
}
