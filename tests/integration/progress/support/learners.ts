import crypto from 'node:crypto';
import { db } from '@/lib/server/db';

/** A learner account straight in the database (no password hashing: these tests never sign in). */
export async function createTestLearner(name = 'Prueba Progreso') {
  return db().user.create({
    data: { email: `p-${crypto.randomUUID()}@prueba.es`, name },
    select: { id: true, email: true, name: true, role: true },
  });
}

export const newKey = () => crypto.randomUUID();

/** Every event row a learner has under one type, for counting what was applied. */
export async function eventsOf(userId: string, type: string) {
  return db().activityEvent.findMany({ where: { userId, type }, orderBy: { id: 'asc' } });
}

export async function progressRow(userId: string, lessonId: string) {
  return db().lessonProgress.findUnique({ where: { userId_lessonId: { userId, lessonId } } });
}
