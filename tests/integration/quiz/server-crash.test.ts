import crypto from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptResult } from '@/lib/quiz/feedback';
import type { GivenAnswer } from '@/lib/quiz/types';
import { db } from '@/lib/server/db';
import { startAttempt } from '@/lib/server/data/quiz/start-attempt';
import { killServer, sendUntilKilled, startProgressServer, type ChildServer } from '../progress/support/child-server';
import { createTestLearner } from '../progress/support/learners';
import { perfectAnswers } from './support/quiz-helpers';

const SCRIPT = path.join(import.meta.dirname, 'support/quiz-server.ts');
const ATTEMPTS = 120;
const KILL_AFTER = 40;
const CONCURRENCY = 16;

interface Submission {
  attemptId: string;
  key: string;
  answers: Record<string, GivenAnswer>;
}

const post = (server: ChildServer, userId: string, submission: Submission) =>
  fetch(`${server.url}/api/quiz/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-user-id': userId },
    body: JSON.stringify(submission),
  });

let server: ChildServer | undefined;
afterAll(async () => {
  if (server) await killServer(server);
});

describe('a server killed with SIGKILL while quiz submissions are in flight', () => {
  let userId: string;
  let submissions: Submission[];
  const acknowledged = new Map<string, AttemptResult>();

  beforeAll(async () => {
    userId = (await createTestLearner('Cuestionario interrumpido')).id;
    const attempts = await Promise.all(Array.from({ length: ATTEMPTS }, () => startAttempt(userId, 'u1', crypto.randomUUID())));
    submissions = await Promise.all(attempts.map(async (a) => ({ attemptId: a.attemptId, key: crypto.randomUUID(), answers: await perfectAnswers(a.attemptId) })));
    server = await startProgressServer(process.env.DATABASE_URL!, SCRIPT);
  });

  it('stores every acknowledged submission, graded once, and nothing half-written', async () => {
    const running = server!;
    await sendUntilKilled(running, submissions, { concurrency: CONCURRENCY, killAfter: KILL_AFTER }, async (submission) => {
      const response = await post(running, userId, submission);
      if (response.ok) acknowledged.set(submission.attemptId, ((await response.json()) as { result: AttemptResult }).result);
      return response.ok;
    });
    expect(running.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(ATTEMPTS);

    const rows = await db().quizAttempt.findMany({ where: { userId } });
    for (const row of rows) {
      const result = acknowledged.get(row.id);
      if (result) expect(row).toMatchObject({ status: 'SUBMITTED', score: 1, submittedAt: new Date(result.submittedAt) });
      // Graded or untouched, never in between: the answers, results and score commit together.
      if (row.status === 'STARTED') expect([row.answers, row.results, row.score, row.submittedAt]).toEqual([null, null, null, null]);
      else expect(row.results).toHaveLength(row.questionCount);
    }
  });

  it('after a restart, resubmitting everything grades the rest once and replays the acknowledged ones unchanged', async () => {
    server = await startProgressServer(process.env.DATABASE_URL!, SCRIPT);
    const bodies = await Promise.all(
      submissions.map(async (submission) => {
        const response = await post(server!, userId, submission);
        expect(response.status).toBe(200);
        return (await response.json()) as { result: AttemptResult; replayed: boolean };
      }),
    );
    submissions.forEach((submission, i) => {
      const before = acknowledged.get(submission.attemptId);
      if (before) expect(bodies[i]).toEqual({ result: before, replayed: true });
    });
    expect(await db().quizAttempt.count({ where: { userId, status: 'SUBMITTED', score: 1 } })).toBe(ATTEMPTS);
  });
});
