import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getCourseProgress } from '@/lib/server/data/progress/get-course-progress';
import { getLearnerDashboard } from '@/lib/server/data/progress/get-learner-dashboard';
import { getProgressForUser } from '@/lib/server/data/progress/get-progress-for-user';
import { getResumePoint } from '@/lib/server/data/progress/get-resume-point';
import { recordProgress } from '@/lib/server/data/progress/record-progress';
import { createTestLearner, newKey } from './support/learners';
import { testSession } from '../support/session-mock';

vi.mock('@/lib/server/auth/session', async (original) => (await import('../support/session-mock')).mockSession(original));

async function learnerWithProgress() {
  const user = await createTestLearner();
  testSession.current = { ...user, role: 'LEARNER' };
  await recordProgress({ lessonId: 'u1-l1-1-1', event: 'completed', key: newKey() });
  await recordProgress({ lessonId: 'u1-l1-1-1', event: 'time', seconds: 300, key: newKey() });
  await recordProgress({ lessonId: 'u1-l1-1-2', event: 'seen', key: newKey() });
  await recordProgress({ lessonId: 'u1-l1-1-2', event: 'time', seconds: 90, key: newKey() });
  return user;
}

beforeEach(() => {
  testSession.current = null;
});

describe('reading progress', () => {
  it('maps each touched lesson to its status', async () => {
    const user = await learnerWithProgress();
    expect(await getProgressForUser(user.id)).toEqual({ 'u1-l1-1-1': 'COMPLETED', 'u1-l1-1-2': 'SEEN' });
  });

  it('sums lessons and time per unit and points at the lesson left half-way', async () => {
    const user = await learnerWithProgress();
    const course = await getCourseProgress(user.id);
    expect(course.units[0]).toMatchObject({ unitId: 'u1', completed: 1, seen: 1, total: 6, secondsSpent: 390 });
    expect(course).toMatchObject({ completed: 1, total: 77, percent: 1 });
    expect(await getResumePoint(user.id)).toMatchObject({ reason: 'continue', lessonId: 'u1-l1-1-2', href: '/curso/unidad-1/que-significa-aprender' });
  });

  it('builds the dashboard, with mastery waiting for quizzes unless results are passed', async () => {
    const user = await learnerWithProgress();
    const dashboard = await getLearnerDashboard(user.id);
    expect(dashboard.units.every((unit) => unit.mastery === 'NO_QUIZ')).toBe(true);
    expect(dashboard.next.lessonId).toBe('u1-l1-1-2');
    const withQuiz = await getLearnerDashboard(user.id, { quizResults: [{ unitId: 'u1', bestScore: 0.95 }, { unitId: 'u2', bestScore: null }] });
    expect(withQuiz.units.slice(0, 3).map((unit) => unit.mastery)).toEqual(['MASTERED', 'NOT_STARTED', 'NO_QUIZ']);
  });

  it('lets nobody read another learner’s progress, and nobody signed out', async () => {
    const owner = await learnerWithProgress();
    for (const read of [getProgressForUser, getCourseProgress, getResumePoint, getLearnerDashboard]) {
      testSession.current = null;
      await expect(read(owner.id)).rejects.toMatchObject({ status: 401 });
      const other = await createTestLearner('Otra persona');
      testSession.current = { ...other, role: 'LEARNER' };
      await expect(read(owner.id)).rejects.toMatchObject({ status: 403 });
    }
  });
});
