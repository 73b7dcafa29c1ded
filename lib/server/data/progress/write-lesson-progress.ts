import 'server-only';
import { ProgressWriteResultSchema, type ProgressEvent, type ProgressWriteResult } from '@/lib/schemas/progress';
import { db } from '@/lib/server/db';
import { applyProgressEvents } from './apply-progress-events';

/**
 * One progress event for a learner, answered with the lesson's committed state. A key that
 * was applied before changes nothing and gets the state as it is now: a retry after a lost
 * response sees the result of the write that did commit. Callers must have checked the session.
 */
export async function writeLessonProgress(userId: string, event: ProgressEvent): Promise<ProgressWriteResult> {
  const [row] = await applyProgressEvents(userId, [event]);
  if (row) {
    return ProgressWriteResultSchema.parse({
      applied: true,
      lesson: { lessonId: row.lessonId, status: row.status, secondsSpent: row.secondsSpent },
    });
  }
  const current = await db().lessonProgress.findUnique({
    where: { userId_lessonId: { userId, lessonId: event.lessonId } },
    select: { lessonId: true, status: true, secondsSpent: true },
  });
  return ProgressWriteResultSchema.parse({
    applied: false,
    lesson: current ?? { lessonId: event.lessonId, status: 'NOT_STARTED', secondsSpent: 0 },
  });
}
