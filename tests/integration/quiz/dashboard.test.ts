import crypto from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getCourseIndex } from '@/lib/server/data/progress/course-index';
import { recordProgress } from '@/lib/server/data/progress/record-progress';
import { getQuiz } from '@/lib/server/content/quizzes';
import { getQuizDashboard } from '@/lib/server/data/quiz/quiz-dashboard';
import { getQuizPageData } from '@/lib/server/data/quiz/quiz-page-data';
import { readOpenAttempt } from '@/lib/server/data/quiz/read-quiz-history';
import { startAttempt } from '@/lib/server/data/quiz/start-attempt';
import { submitAttempt } from '@/lib/server/data/quiz/submit-attempt';
import { createTestLearner } from '../progress/support/learners';
import { perfectAnswers } from './support/quiz-helpers';
import { testSession } from '../support/session-mock';

vi.mock('@/lib/server/auth/session', async (original) => (await import('../support/session-mock')).mockSession(original));

/** Submits an attempt of u1 answering right the first `right` questions (of 10) and leaving the rest blank. */
async function takeU1(userId: string, right: number) {
  const attempt = await startAttempt(userId, 'u1', crypto.randomUUID());
  const answers = Object.fromEntries(Object.entries(await perfectAnswers(attempt.attemptId)).slice(0, right));
  return (await submitAttempt(userId, { attemptId: attempt.attemptId, key: crypto.randomUUID(), answers })).result;
}

beforeEach(async () => {
  const user = await createTestLearner('Dominio');
  testSession.current = { ...user, role: 'LEARNER' };
});

describe('the dashboard with quizzes', () => {
  it('turns best and latest scores into mastery and lists every attempt in order', async () => {
    const userId = testSession.current!.id;
    await takeU1(userId, 10);
    await takeU1(userId, 6);
    const dashboard = await getQuizDashboard(userId);
    const u1 = dashboard.quizzes.find((quiz) => quiz.unitId === 'u1')!;
    expect(u1.attempts.map((attempt) => attempt.score)).toEqual([1, 0.6]);
    expect(u1).toMatchObject({ best: 1, latest: 0.6, mastery: 'PROFICIENT', href: '/curso/unidad-1/cuestionario' });
    expect(dashboard.units.find((unit) => unit.unitId === 'u1')).toMatchObject({ mastery: 'PROFICIENT', bestQuizScore: 1, latestQuizScore: 0.6 });
    expect(dashboard.units.find((unit) => unit.unitId === 'u2')?.mastery).toBe('NOT_STARTED');
  });

  it('suggests the quiz of a unit whose lessons are all completed, until it is passed', async () => {
    const userId = testSession.current!.id;
    const u1 = (await getQuizDashboard(userId)).units.find((unit) => unit.unitId === 'u1')!;
    expect((await getQuizDashboard(userId)).quizSuggestion).toBeNull();
    const lessons = getCourseIndex().units.find((unit) => unit.id === 'u1')!.lessonIds;
    for (const lessonId of lessons) await recordProgress({ lessonId, event: 'completed', key: crypto.randomUUID() });
    expect((await getQuizDashboard(userId)).quizSuggestion).toMatchObject({ unitId: 'u1', reason: 'first', number: u1.number });
    await takeU1(userId, 3);
    expect((await getQuizDashboard(userId)).quizSuggestion).toMatchObject({ unitId: 'u1', reason: 'again' });
    await takeU1(userId, 10);
    expect((await getQuizDashboard(userId)).quizSuggestion).toBeNull();
  });

  it('offers to resume an attempt left open, and not once it is submitted', async () => {
    const userId = testSession.current!.id;
    const attempt = await startAttempt(userId, 'u1', crypto.randomUUID());
    expect(await readOpenAttempt(userId, 'u1')).toEqual(attempt);
    // What the page renders into its HTML for the resume button holds no answer or explanation.
    const page = JSON.stringify(await getQuizPageData('u1', undefined));
    expect(page).toContain(attempt.attemptId);
    for (const question of getQuiz('u1')!.questions) expect(page).not.toContain(question.explanation);
    for (const field of ['"answer"', '"whyWrong"', '"commonMistake"', '"seed"']) expect(page).not.toContain(field);
    await submitAttempt(userId, { attemptId: attempt.attemptId, key: crypto.randomUUID(), answers: {} });
    expect(await readOpenAttempt(userId, 'u1')).toBeNull();
  });

  it('refuses to build another learner’s dashboard', async () => {
    const other = await createTestLearner('Otra');
    await expect(getQuizDashboard(other.id)).rejects.toThrow('Solo puedes ver tu propio progreso.');
  });
});
