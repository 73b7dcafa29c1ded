import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordProgress } from '@/lib/server/data/progress/record-progress';
import { UnknownLessonError } from '@/lib/server/data/progress/course-index';
import { createTestLearner, eventsOf, newKey, progressRow } from './support/learners';
import { testSession } from '../support/session-mock';

vi.mock('@/lib/server/auth/session', async (original) => (await import('../support/session-mock')).mockSession(original));

const LESSON = 'u1-l1-1-1';

async function signedIn() {
  const user = await createTestLearner();
  testSession.current = { ...user, role: 'LEARNER' };
  return user;
}

beforeEach(() => {
  testSession.current = null;
});

describe('recordProgress', () => {
  it('creates a SEEN row, then completion beats seen and a later seen does not undo it', async () => {
    const user = await signedIn();
    expect((await recordProgress({ lessonId: LESSON, event: 'seen', key: newKey() })).lesson.status).toBe('SEEN');
    const done = await recordProgress({ lessonId: LESSON, event: 'completed', key: newKey() });
    expect(done).toEqual({ applied: true, lesson: { lessonId: LESSON, status: 'COMPLETED', secondsSpent: 0 } });
    await recordProgress({ lessonId: LESSON, event: 'seen', key: newKey() });
    const row = await progressRow(user.id, LESSON);
    expect(row?.status).toBe('COMPLETED');
    expect(row?.completedAt).toBeInstanceOf(Date);
    expect(row!.firstSeenAt.getTime()).toBeLessThanOrEqual(row!.completedAt!.getTime());
  });

  it('adds each time chunk once, however often it is retried', async () => {
    const user = await signedIn();
    const chunk = { lessonId: LESSON, event: 'time' as const, seconds: 42, key: newKey() };
    expect(await recordProgress(chunk)).toMatchObject({ applied: true, lesson: { secondsSpent: 42 } });
    expect(await recordProgress(chunk)).toEqual({ applied: false, lesson: { lessonId: LESSON, status: 'SEEN', secondsSpent: 42 } });
    await recordProgress({ ...chunk, seconds: 8, key: newKey() });
    expect((await progressRow(user.id, LESSON))?.secondsSpent).toBe(50);
    expect(await eventsOf(user.id, 'lesson.time')).toHaveLength(2);
  });

  it('turns twenty identical writes in parallel into one row and one time chunk', async () => {
    const user = await signedIn();
    const chunk = { lessonId: LESSON, event: 'time' as const, seconds: 30, key: newKey() };
    const results = await Promise.all(Array.from({ length: 20 }, () => recordProgress(chunk)));
    expect(results.filter((result) => result.applied)).toHaveLength(1);
    for (const result of results) expect(result.lesson).toEqual({ lessonId: LESSON, status: 'SEEN', secondsSpent: 30 });
    expect(await eventsOf(user.id, 'lesson.time')).toHaveLength(1);
    expect((await progressRow(user.id, LESSON))?.secondsSpent).toBe(30);
  });

  it('completes a lesson once when twenty completions race, keeping the first completion time', async () => {
    const user = await signedIn();
    const key = newKey();
    await Promise.all(Array.from({ length: 20 }, () => recordProgress({ lessonId: LESSON, event: 'completed', key })));
    const first = (await progressRow(user.id, LESSON))!.completedAt;
    await recordProgress({ lessonId: LESSON, event: 'completed', key: newKey(), at: new Date(Date.now() + 60_000).toISOString() });
    expect((await progressRow(user.id, LESSON))!.completedAt).toEqual(first);
    expect(await eventsOf(user.id, 'lesson.completed')).toHaveLength(1 + 1);
  });

  it('scopes keys to the learner: the same key from two learners counts for both', async () => {
    const key = newKey();
    const ana = await signedIn();
    await recordProgress({ lessonId: LESSON, event: 'time', seconds: 10, key });
    const beto = await signedIn();
    expect((await recordProgress({ lessonId: LESSON, event: 'time', seconds: 10, key })).applied).toBe(true);
    expect((await progressRow(ana.id, LESSON))?.secondsSpent).toBe(10);
    expect((await progressRow(beto.id, LESSON))?.secondsSpent).toBe(10);
  });

  it('refuses lessons that are not in the outline and visitors without a session, writing nothing', async () => {
    await expect(recordProgress({ lessonId: LESSON, event: 'seen', key: newKey() })).rejects.toMatchObject({ status: 401 });
    const user = await signedIn();
    await expect(recordProgress({ lessonId: 'u99-l1-1-1', event: 'seen', key: newKey() })).rejects.toBeInstanceOf(UnknownLessonError);
    expect(await eventsOf(user.id, 'lesson.seen')).toHaveLength(0);
  });

  it('never dates an event in the future', async () => {
    const user = await signedIn();
    const before = Date.now();
    await recordProgress({ lessonId: LESSON, event: 'seen', key: newKey(), at: '2999-01-01T00:00:00Z' });
    expect((await progressRow(user.id, LESSON))!.lastSeenAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await progressRow(user.id, LESSON))!.lastSeenAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});
