import 'server-only';
import { ProgressMapSchema, type ProgressMap } from '@/lib/schemas/progress';
import { db } from '@/lib/server/db';

export interface ProgressRow {
  lessonId: string;
  status: 'SEEN' | 'COMPLETED';
  firstSeenAt: Date;
  lastSeenAt: Date;
  completedAt: Date | null;
  secondsSpent: number;
}

/** Every LessonProgress row of a learner. Callers must have checked the session. */
export async function readProgressRows(userId: string): Promise<ProgressRow[]> {
  return db().lessonProgress.findMany({
    where: { userId },
    select: { lessonId: true, status: true, firstSeenAt: true, lastSeenAt: true, completedAt: true, secondsSpent: true },
  });
}

/** Lesson id → status for a learner. Callers must have checked the session. */
export async function readProgressMap(userId: string): Promise<ProgressMap> {
  const rows = await db().lessonProgress.findMany({ where: { userId }, select: { lessonId: true, status: true } });
  return ProgressMapSchema.parse(Object.fromEntries(rows.map((row) => [row.lessonId, row.status])));
}
