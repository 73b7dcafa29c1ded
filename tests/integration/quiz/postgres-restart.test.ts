import crypto from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptResult } from '@/lib/quiz/feedback';
import type { OpenAttempt } from '@/lib/quiz/types';
import { RestartableStack } from '../support/restartable-stack';

let stack: RestartableStack;

beforeAll(async () => {
  stack = await RestartableStack.start('cuestionario', path.join(import.meta.dirname, 'support/quiz-server.ts'));
}, 120_000);

afterAll(() => stack?.stop());

const post = (route: string, body: unknown) => stack.post(route, body);

describe('PostgreSQL restarting while a learner submits a quiz', () => {
  it('answers 503 with a retry message while it is down, and the same submission is graded once after', async () => {
    const attempt = (await (await post('/api/quiz/start', { unitId: 'u1', key: crypto.randomUUID() })).json()) as OpenAttempt;
    const submission = { attemptId: attempt.attemptId, key: crypto.randomUUID(), answers: { 'u1-q1': 'b', 'u1-q4': '0,5' } };

    await stack.stopDatabase();
    const failed = await post('/api/quiz/submit', submission);
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({ error: 'No se ha podido guardar ahora mismo. Vuelve a intentarlo en unos segundos: tus respuestas siguen aquí.' });

    await stack.restartDatabase();
    const retried = await post('/api/quiz/submit', submission);
    expect(retried.status).toBe(200);
    const { result } = (await retried.json()) as { result: AttemptResult };
    const again = (await (await post('/api/quiz/submit', submission)).json()) as { result: AttemptResult; replayed: boolean };
    expect(again).toEqual({ result, replayed: true });

    const row = await stack.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
    expect(row).toMatchObject({ status: 'SUBMITTED', score: result.score, submittedAt: new Date(result.submittedAt) });
    expect(row.answers).toEqual({ submissionKey: submission.key, given: submission.answers });
  });
});
