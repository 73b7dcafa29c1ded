import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptResult } from '@/lib/quiz/feedback';
import type { OpenAttempt } from '@/lib/quiz/types';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/server/db/client';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/server/db/embedded-postgres';
import { migrate } from '@/lib/server/db/migrate';
import { killServer, startProgressServer, type ChildServer } from '../progress/support/child-server';

// A PostgreSQL of this test's own, so it can be stopped and started again on the same folder and port.
const SCRIPT = path.join(import.meta.dirname, 'support/quiz-server.ts');
let dataDir: string;
let postgres: EmbeddedPostgres | undefined;
let url: string;
let prisma: PrismaClient;
let server: ChildServer;
let userId: string;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'backprop-quiz-pg-'));
  postgres = await startEmbeddedPostgres({ dataDir });
  url = postgres.url;
  await migrate(url);
  prisma = createPrismaClient(url);
  userId = (await prisma.user.create({ data: { email: 'cuestionario-reinicio@prueba.es', name: 'Reinicio' } })).id;
  server = await startProgressServer(url, SCRIPT);
}, 120_000);

afterAll(async () => {
  if (server) await killServer(server);
  await prisma?.$disconnect();
  await postgres?.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const post = (route: string, body: unknown) =>
  fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-user-id': userId }, body: JSON.stringify(body) });

describe('PostgreSQL restarting while a learner submits a quiz', () => {
  it('answers 503 with a retry message while it is down, and the same submission is graded once after', async () => {
    const attempt = (await (await post('/api/quiz/start', { unitId: 'u1', key: crypto.randomUUID() })).json()) as OpenAttempt;
    const submission = { attemptId: attempt.attemptId, key: crypto.randomUUID(), answers: { 'u1-q1': 'b', 'u1-q4': '0,5' } };

    const port = Number(new URL(url).port);
    await postgres!.stop();
    postgres = undefined;
    const failed = await post('/api/quiz/submit', submission);
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({ error: 'No se ha podido guardar ahora mismo. Vuelve a intentarlo en unos segundos: tus respuestas siguen aquí.' });

    postgres = await startEmbeddedPostgres({ dataDir, port });
    const retried = await post('/api/quiz/submit', submission);
    expect(retried.status).toBe(200);
    const { result } = (await retried.json()) as { result: AttemptResult };
    const again = (await (await post('/api/quiz/submit', submission)).json()) as { result: AttemptResult; replayed: boolean };
    expect(again).toEqual({ result, replayed: true });

    const row = await prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
    expect(row).toMatchObject({ status: 'SUBMITTED', score: result.score, submittedAt: new Date(result.submittedAt) });
    expect(row.answers).toEqual({ submissionKey: submission.key, given: submission.answers });
  });
});
