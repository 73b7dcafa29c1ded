import 'server-only';
import crypto from 'node:crypto';

/**
 * The idempotency key as stored in ActivityEvent: hashed with the learner's id, because the
 * column is unique across all learners and one learner's keys must never block another's.
 */
export function storedKey(userId: string, key: string): string {
  return crypto.createHash('sha256').update(`${userId}\n${key}`).digest('base64url');
}

const MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

/** The moment a device says something happened, kept within the last year and never in the future. */
export function clampOccurredAt(at: string | undefined, now: Date): Date {
  const time = at ? Date.parse(at) : Number.NaN;
  if (Number.isNaN(time)) return now;
  return new Date(Math.min(now.getTime(), Math.max(now.getTime() - MAX_AGE_MS, time)));
}
