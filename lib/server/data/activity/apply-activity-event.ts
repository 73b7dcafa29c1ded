import 'server-only';
import type { ActivityEventInput } from '@/lib/schemas/progress';
import { db } from '@/lib/server/db';
import { assertKnownLessons } from '@/lib/server/data/progress/course-index';
import { clampOccurredAt, storedKey } from '@/lib/server/data/progress/stored-key';

/** Records one activity event under its key; false when that key was recorded before. Callers must have checked the session. */
export async function applyActivityEvent(userId: string, event: ActivityEventInput, now = new Date()): Promise<boolean> {
  assertKnownLessons([event.lessonId]);
  const payload = JSON.stringify(event.payload);
  const rows = await db().$queryRaw<{ id: bigint }[]>`
    INSERT INTO "ActivityEvent" ("userId", "type", "lessonId", "payload", "idempotencyKey", "createdAt")
    VALUES (${userId}, ${event.type}, ${event.lessonId}, ${payload}::jsonb, ${storedKey(userId, event.key)}, ${clampOccurredAt(event.at, now)})
    ON CONFLICT ("idempotencyKey") DO NOTHING
    RETURNING "id"`;
  return rows.length > 0;
}
