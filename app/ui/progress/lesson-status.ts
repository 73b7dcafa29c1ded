import type { LessonStatus } from '@/lib/schemas/progress';
import type { OutboxEntry } from './outbox-storage';

const RANK: Record<LessonStatus, number> = { NOT_STARTED: 0, SEEN: 1, COMPLETED: 2 };

/** Completed beats seen beats not started: a lesson's status never goes back. */
export function higherStatus(a: LessonStatus, b: LessonStatus | undefined): LessonStatus {
  return b !== undefined && RANK[b] > RANK[a] ? b : a;
}

/** What writes not yet on the server say about each lesson, added to `base`. */
export function statusOfEntries(entries: OutboxEntry[], base = new Map<string, LessonStatus>()): Map<string, LessonStatus> {
  const result = new Map(base);
  for (const entry of entries) {
    if (entry.kind !== 'progress') continue;
    const status: LessonStatus = entry.body.event === 'completed' ? 'COMPLETED' : 'SEEN';
    result.set(entry.body.lessonId, higherStatus(result.get(entry.body.lessonId) ?? 'NOT_STARTED', status));
  }
  return result;
}
