import 'server-only';
import type { ProgressEvent } from '@/lib/schemas/progress';
import { db } from '@/lib/server/db';
import { assertKnownLessons } from './course-index';
import { clampOccurredAt, storedKey } from './stored-key';

const EVENT_TYPES = { seen: 'lesson.seen', completed: 'lesson.completed', time: 'lesson.time' } as const;

export interface AppliedRow {
  lessonId: string;
  status: 'SEEN' | 'COMPLETED';
  secondsSpent: number;
  /** How many of the statement's events were new (the same for every row). */
  applied: number;
}

/**
 * Applies progress events for a learner in one SQL statement, so they commit together or not
 * at all. Each event is first recorded as an ActivityEvent under its key; only events whose key
 * is new change LessonProgress, which is how a retried or repeated write adds nothing twice.
 * Merging rules: completed beats seen, the earliest first-seen and completion win, time adds up.
 * Callers must have checked the session: this trusts `userId`.
 */
export async function applyProgressEvents(userId: string, events: ProgressEvent[], now = new Date()): Promise<AppliedRow[]> {
  assertKnownLessons(events.map((event) => event.lessonId));
  // Sorted by key so concurrent merges of overlapping logs take their locks in the same order.
  const unique = [...new Map(events.map((event) => [storedKey(userId, event.key), event])).entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  if (unique.length === 0) return [];
  const keys = unique.map(([key]) => key);
  const types = unique.map(([, event]) => EVENT_TYPES[event.event]);
  const lessonIds = unique.map(([, event]) => event.lessonId);
  const seconds = unique.map(([, event]) => (event.event === 'time' ? event.seconds : 0));
  const ats = unique.map(([, event]) => clampOccurredAt(event.at, now).toISOString());

  return db().$queryRaw<AppliedRow[]>`
    WITH input AS (
      SELECT * FROM unnest(${types}::text[], ${lessonIds}::text[], ${keys}::text[], ${seconds}::int[], ${ats}::timestamptz[])
        AS t(type, lesson_id, key, seconds, at)
    ),
    inserted AS (
      INSERT INTO "ActivityEvent" ("userId", "type", "lessonId", "payload", "idempotencyKey", "createdAt")
      SELECT ${userId}, type, lesson_id,
             CASE WHEN type = 'lesson.time' THEN jsonb_build_object('seconds', seconds) ELSE '{}'::jsonb END, key, at
      FROM input ORDER BY key
      ON CONFLICT ("idempotencyKey") DO NOTHING
      RETURNING "type", "lessonId", "createdAt", "payload"
    ),
    changes AS (
      SELECT "lessonId" AS lesson_id,
             bool_or("type" = 'lesson.completed') AS completed,
             min("createdAt") AS first_at,
             max("createdAt") AS last_at,
             min("createdAt") FILTER (WHERE "type" = 'lesson.completed') AS completed_at,
             coalesce(sum(("payload"->>'seconds')::int), 0)::int AS seconds
      FROM inserted GROUP BY "lessonId"
    ),
    active AS (
      -- Instructors see who has gone quiet; once a minute is precise enough and spares the row.
      UPDATE "User" SET "lastActiveAt" = ${now}
      WHERE "id" = ${userId} AND EXISTS (SELECT 1 FROM inserted)
        AND ("lastActiveAt" IS NULL OR "lastActiveAt" < ${now}::timestamptz - interval '1 minute')
    ),
    upserted AS (
      INSERT INTO "LessonProgress" AS p ("id", "userId", "lessonId", "status", "firstSeenAt", "lastSeenAt", "completedAt", "secondsSpent")
      SELECT gen_random_uuid()::text, ${userId}, lesson_id,
             (CASE WHEN completed THEN 'COMPLETED' ELSE 'SEEN' END)::"LessonStatus", first_at, last_at, completed_at, seconds
      FROM changes ORDER BY lesson_id
      ON CONFLICT ("userId", "lessonId") DO UPDATE SET
        "status" = CASE WHEN p."status" = 'COMPLETED' OR EXCLUDED."status" = 'COMPLETED'
                        THEN 'COMPLETED'::"LessonStatus" ELSE 'SEEN'::"LessonStatus" END,
        "firstSeenAt" = LEAST(p."firstSeenAt", EXCLUDED."firstSeenAt"),
        "lastSeenAt" = GREATEST(p."lastSeenAt", EXCLUDED."lastSeenAt"),
        "completedAt" = LEAST(p."completedAt", EXCLUDED."completedAt"),
        "secondsSpent" = p."secondsSpent" + EXCLUDED."secondsSpent"
      RETURNING "lessonId", "status"::text AS status, "secondsSpent"
    )
    SELECT u.*, (SELECT count(*) FROM inserted)::int AS applied FROM upserted u`;
}
