import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressEvent } from '@/lib/schemas/progress';
import { mergeProgress, recordProgress } from '@/lib/server/data/progress/record-progress';
import { createTestLearner, eventsOf, newKey, progressRow } from './support/learners';
import { testSession } from '../support/session-mock';

vi.mock('@/lib/server/auth/session', async (original) => (await import('../support/session-mock')).mockSession(original));

async function signedIn() {
  const user = await createTestLearner();
  testSession.current = { ...user, role: 'LEARNER' };
  return user;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** A visitor's log: two lessons read over a few days, one completed, with time chunks. */
function visitorLog(): ProgressEvent[] {
  return [
    { lessonId: 'u1-l1-1-1', event: 'seen', key: newKey(), at: daysAgo(3) },
    { lessonId: 'u1-l1-1-1', event: 'time', seconds: 120, key: newKey(), at: daysAgo(3) },
    { lessonId: 'u1-l1-1-1', event: 'completed', key: newKey(), at: daysAgo(2) },
    { lessonId: 'u1-l1-1-2', event: 'seen', key: newKey(), at: daysAgo(1) },
    { lessonId: 'u1-l1-1-2', event: 'time', seconds: 60, key: newKey(), at: daysAgo(1) },
    { lessonId: 'u1-l1-1-2', event: 'time', seconds: 45, key: newKey(), at: daysAgo(1) },
  ];
}

beforeEach(() => {
  testSession.current = null;
});

describe('mergeProgress', () => {
  it('folds a visitor log into the account: completed beats seen, earliest first-seen wins, time adds up', async () => {
    const user = await signedIn();
    // The account already saw lesson 1 today and spent 10 s there.
    await recordProgress({ lessonId: 'u1-l1-1-1', event: 'time', seconds: 10, key: newKey() });
    const log = visitorLog();
    const result = await mergeProgress({ events: log });
    expect(result).toEqual({ received: 6, applied: 6, lessons: { 'u1-l1-1-1': 'COMPLETED', 'u1-l1-1-2': 'SEEN' } });
    const first = (await progressRow(user.id, 'u1-l1-1-1'))!;
    expect(first.secondsSpent).toBe(130);
    expect(first.firstSeenAt.toISOString()).toBe(log[0]!.at);
    expect(first.completedAt?.toISOString()).toBe(log[2]!.at);
    expect((await progressRow(user.id, 'u1-l1-1-2'))!.secondsSpent).toBe(105);
  });

  it('adds nothing when the same log is merged again, or from several tabs at once', async () => {
    const user = await signedIn();
    const log = visitorLog();
    const results = await Promise.all(Array.from({ length: 8 }, () => mergeProgress({ events: log })));
    expect(results.reduce((sum, result) => sum + result.applied, 0)).toBe(6);
    expect((await mergeProgress({ events: log })).applied).toBe(0);
    expect((await progressRow(user.id, 'u1-l1-1-1'))!.secondsSpent).toBe(120);
    expect((await progressRow(user.id, 'u1-l1-1-2'))!.secondsSpent).toBe(105);
    expect(await eventsOf(user.id, 'lesson.time')).toHaveLength(3);
  });

  it('merges overlapping logs in any order without deadlocking or double counting', async () => {
    const user = await signedIn();
    const log = visitorLog();
    const reversed = [...log].reverse();
    await Promise.all([mergeProgress({ events: log.slice(0, 4) }), mergeProgress({ events: reversed }), mergeProgress({ events: log.slice(2) })]);
    expect((await progressRow(user.id, 'u1-l1-1-1'))!.secondsSpent).toBe(120);
    expect((await progressRow(user.id, 'u1-l1-1-2'))!.secondsSpent).toBe(105);
  });

  it('counts a key repeated inside one log once', async () => {
    const user = await signedIn();
    const chunk: ProgressEvent = { lessonId: 'u1-l1-1-3', event: 'time', seconds: 50, key: newKey() };
    expect((await mergeProgress({ events: [chunk, chunk, chunk] })).applied).toBe(1);
    expect((await progressRow(user.id, 'u1-l1-1-3'))!.secondsSpent).toBe(50);
  });

  it('refuses visitors and lessons outside the course, writing nothing', async () => {
    await expect(mergeProgress({ events: visitorLog() })).rejects.toMatchObject({ status: 401 });
    const user = await signedIn();
    const log = [...visitorLog(), { lessonId: 'u42-l1-1-1', event: 'seen' as const, key: newKey() }];
    await expect(mergeProgress({ events: log })).rejects.toThrow('Esa lección no existe en el curso.');
    expect(await progressRow(user.id, 'u1-l1-1-1')).toBeNull();
  });
});
