import { beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as postStart } from '@/app/api/quiz/start/route';
import type { AttemptResult } from '@/lib/quiz/feedback';
import { getQuiz } from '@/lib/server/content/quizzes';
import { db } from '@/lib/server/db';
import type { OpenAttempt } from '@/lib/quiz/types';
import { attemptRow, jsonRequest, oneWrong, perfectAnswers } from './support/quiz-helpers';
import { expectError, key, signIn, start, started, submit } from './support/quiz-routes';
import { testSession } from '../support/session-mock';

vi.mock('@/lib/server/auth/session', async (original) => (await import('../support/session-mock')).mockSession(original));

const signedIn = signIn;

beforeEach(() => {
  testSession.current = null;
});

describe('POST /api/quiz/start', () => {
  it('opens an attempt whose payload holds the questions and none of the answers or explanations', async () => {
    await signedIn();
    const response = await start();
    const text = await response.text();
    const attempt = JSON.parse(text) as OpenAttempt;
    const quiz = getQuiz('u1')!;
    expect(attempt.questions.map((question) => question.id)).toEqual(quiz.questions.map((question) => question.id));
    for (const field of ['answer', 'explanation', 'whyWrong', 'commonMistake', 'tolerance', 'seed']) expect(text).not.toContain(`"${field}"`);
    for (const question of quiz.questions) {
      expect(text).not.toContain(question.explanation);
      if (question.type === 'single' || question.type === 'multiple') for (const why of Object.values(question.whyWrong)) expect(text).not.toContain(why);
      else expect(text).not.toContain(question.commonMistake);
    }
    expect((await attemptRow(attempt.attemptId)).status).toBe('STARTED');
  });

  it('gives each attempt its own numbers, and a retried start the same attempt', async () => {
    await signedIn();
    const numeric = (attempt: OpenAttempt) => attempt.questions.filter((q) => q.type === 'numeric').map((q) => q.prompt);
    const first = await started();
    const second = await started();
    expect(numeric(first)).not.toEqual(numeric(second));
    const startKey = key();
    const [a, b] = await Promise.all([start('u1', startKey), start('u1', startKey)]);
    expect(((await a.json()) as OpenAttempt).attemptId).toBe(((await b.json()) as OpenAttempt).attemptId);
  });

  it('refuses visitors, malformed units and units without a quiz', async () => {
    await expectError(await start(), 401, 'Tienes que iniciar sesión para hacer el cuestionario.');
    await signedIn();
    await expectError(await start('unidad-1'), 400, /Datos no válidos \(unitId\): Esa unidad no tiene el formato esperado/);
    await expectError(await start('u99'), 404, 'Esta unidad todavía no tiene cuestionario.');
    await expectError(await postStart(jsonRequest('/api/quiz/start', { unitId: 'u1' })), 400, /Falta la clave de la operación/);
  });
});

describe('POST /api/quiz/submit', () => {
  it('grades on the server, stores everything at once and only then returns answers and explanations', async () => {
    await signedIn();
    const attempt = await started();
    const { answers, wrongId, wrongOption } = await oneWrong(attempt.attemptId);
    const submitKey = key();
    const response = await submit({ attemptId: attempt.attemptId, key: submitKey, answers });
    expect(response.status).toBe(200);
    const { result, replayed } = (await response.json()) as { result: AttemptResult; replayed: boolean };
    const quiz = getQuiz('u1')!;
    const total = quiz.questions.length;
    expect(replayed).toBe(false);
    expect(result).toMatchObject({ correctCount: total - 1, questionCount: total, score: (total - 1) / total });
    const wrong = result.questions.find((question) => question.id === wrongId)!;
    const question = quiz.questions.find((q) => q.id === wrongId)!;
    expect(wrong).toMatchObject({ correct: false, explanation: question.explanation });
    expect(wrong.mistakes).toEqual([question.type === 'single' ? question.whyWrong[wrongOption] : '']);

    const row = await attemptRow(attempt.attemptId);
    expect(row).toMatchObject({ status: 'SUBMITTED', correctCount: total - 1, questionCount: total, score: result.score });
    expect(row.submittedAt?.toISOString()).toBe(result.submittedAt);
    expect(row.answers).toEqual({ submissionKey: submitKey, given: answers });
    expect((row.results as { questionId: string }[]).map((r) => r.questionId)).toEqual(quiz.questions.map((q) => q.id));
  });

  it('answers a retry after the commit with the committed result, and a second submission with 409 and that result', async () => {
    await signedIn();
    const attempt = await started();
    const body = { attemptId: attempt.attemptId, key: key(), answers: await perfectAnswers(attempt.attemptId) };
    const first = (await (await submit(body)).json()) as { result: AttemptResult };
    const retry = await submit(body);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ result: first.result, replayed: true });

    const other = await submit({ ...body, key: key(), answers: {} });
    expect(other.status).toBe(409);
    const refused = (await other.json()) as { error: string; result: AttemptResult };
    expect(refused.error).toMatch(/Este intento ya se entregó/);
    expect(refused.result).toEqual(first.result);
    expect((await attemptRow(attempt.attemptId)).score).toBe(1);
  });

  it('grades twenty identical submissions sent at once exactly once', async () => {
    await signedIn();
    const attempt = await started();
    const body = { attemptId: attempt.attemptId, key: key(), answers: await perfectAnswers(attempt.attemptId) };
    const responses = await Promise.all(Array.from({ length: 20 }, () => submit(body)));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as { result: AttemptResult; replayed: boolean }[];
    expect(bodies.filter((b) => !b.replayed)).toHaveLength(1);
    expect(new Set(bodies.map((b) => b.result.submittedAt)).size).toBe(1);
    expect((await attemptRow(attempt.attemptId)).submittedAt?.toISOString()).toBe(bodies[0]!.result.submittedAt);
  });

  it('answers 503, never 500, when the database fails, and the same submission then goes through', async () => {
    await signedIn();
    const attempt = await started();
    const body = { attemptId: attempt.attemptId, key: key(), answers: await perfectAnswers(attempt.attemptId) };
    const spy = vi.spyOn(db().quizAttempt, 'updateMany').mockRejectedValueOnce(new Error('Connection terminated unexpectedly'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    const failed = await submit(body);
    expect(failed.headers.get('retry-after')).toBe('2');
    await expectError(failed, 503, /No se ha podido guardar ahora mismo/);
    spy.mockRestore();
    expect((await submit(body)).status).toBe(200);
    expect((await attemptRow(attempt.attemptId)).score).toBe(1);
  });

});
