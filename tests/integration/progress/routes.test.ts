import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as postActivity } from '@/app/api/activity/route';
import { POST as postMerge } from '@/app/api/progress/merge/route';
import { GET as getProgress, POST as postProgress } from '@/app/api/progress/route';
import { db } from '@/lib/server/db';
import { createTestLearner, eventsOf, newKey, progressRow } from './support/learners';
import { testSession } from '../support/session-mock';

vi.mock('@/lib/server/auth/session', async (original) => (await import('../support/session-mock')).mockSession(original));
// Sliding the cookie's expiry needs a real request; routes are called directly here.
vi.mock('@/lib/server/auth/slide-session', () => ({ slideSession: async () => undefined }));

const LESSON = 'u1-l1-1-1';
const request = (path: string, body: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function signedIn() {
  const user = await createTestLearner();
  testSession.current = { ...user, role: 'LEARNER' };
  return user;
}

async function expectError(response: Response, status: number, message: string | RegExp) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: string };
  expect(body.error).toMatch(message);
}

beforeEach(() => {
  testSession.current = null;
});

describe('POST /api/progress', () => {
  it('records progress and answers the committed state; a retry answers the same state', async () => {
    const user = await signedIn();
    const write = { lessonId: LESSON, event: 'time', seconds: 75, key: newKey() };
    const first = await postProgress(request('/api/progress', write));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ applied: true, lesson: { lessonId: LESSON, status: 'SEEN', secondsSpent: 75 } });
    const retry = await postProgress(request('/api/progress', write));
    expect(await retry.json()).toEqual({ applied: false, lesson: { lessonId: LESSON, status: 'SEEN', secondsSpent: 75 } });
    expect((await progressRow(user.id, LESSON))?.secondsSpent).toBe(75);
  });

  it('answers 401 with a Spanish message to a visitor without a session', async () => {
    await expectError(await postProgress(request('/api/progress', { lessonId: LESSON, event: 'seen', key: newKey() })), 401, 'Tienes que iniciar sesión para guardar tu progreso.');
    await expectError(await getProgress(), 401, /iniciar sesión/);
  });

  it.each([
    ['an unknown lesson', { lessonId: 'u99-l1-1-1', event: 'seen' }, 'Esa lección no existe en el curso.'],
    ['a lesson id of the wrong type', { lessonId: 17, event: 'seen' }, 'Datos no válidos (lessonId): El id de la lección debe ser un texto.'],
    ['negative seconds', { lessonId: LESSON, event: 'time', seconds: -30 }, 'Datos no válidos (seconds): Los segundos deben ser al menos 1.'],
    ['a huge time chunk', { lessonId: LESSON, event: 'time', seconds: 86_400 }, /no puede superar 300 segundos/],
    ['seconds as text', { lessonId: LESSON, event: 'time', seconds: 'muchos' }, /Los segundos deben ser un número/],
    ['an unknown event', { lessonId: LESSON, event: 'deleted' }, /seen, completed o time/],
    ['an extra field', { lessonId: LESSON, event: 'seen', userId: 'otra' }, /userId/],
  ])('answers 400 to %s and writes nothing', async (_title, body, message) => {
    const user = await signedIn();
    await expectError(await postProgress(request('/api/progress', { ...body, key: newKey() })), 400, message);
    expect(await db().activityEvent.count({ where: { userId: user.id } })).toBe(0);
  });

  it('answers 400 to a body that is not JSON, or is missing', async () => {
    await signedIn();
    await expectError(await postProgress(request('/api/progress', '{"lessonId": ')), 400, 'El cuerpo de la petición no es JSON válido.');
    await expectError(await postProgress(request('/api/progress', '')), 400, 'Falta el cuerpo JSON de la petición.');
    await expectError(await postProgress(request('/api/progress', '[1, 2]')), 400, /Datos no válidos/);
  });

  it('answers 413 to a body over 16 KB, declared or streamed', async () => {
    await signedIn();
    const huge = { lessonId: LESSON, event: 'seen', key: newKey(), padding: 'x'.repeat(17 * 1024) };
    await expectError(await postProgress(request('/api/progress', huge)), 413, 'La petición es demasiado grande (máximo 16 KB).');
    // A stream with no Content-Length: the limit has to hold while reading, not just up front.
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const streamed = new NextRequest(new Request('http://localhost/api/progress', { method: 'POST', body, duplex: 'half' } as RequestInit));
    await expectError(await postProgress(streamed), 413, /demasiado grande/);
  });

  it('answers 503, never 500, when the database fails, and the write can be retried', async () => {
    const user = await signedIn();
    const write = { lessonId: LESSON, event: 'completed', key: newKey() };
    const spy = vi.spyOn(db(), '$queryRaw').mockRejectedValueOnce(new Error('Connection terminated unexpectedly'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    const failed = await postProgress(request('/api/progress', write));
    expect(failed.headers.get('retry-after')).toBe('2');
    await expectError(failed, 503, 'No se ha podido guardar ahora mismo. Se volverá a intentar en unos segundos.');
    spy.mockRestore();
    expect((await postProgress(request('/api/progress', write))).status).toBe(200);
    expect((await progressRow(user.id, LESSON))?.status).toBe('COMPLETED');
  });
});

describe('GET /api/progress', () => {
  it('lists the learner’s lesson statuses, uncached', async () => {
    await signedIn();
    await postProgress(request('/api/progress', { lessonId: LESSON, event: 'completed', key: newKey() }));
    const response = await getProgress();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ lessons: { [LESSON]: 'COMPLETED' } });
  });
});

describe('POST /api/progress/merge', () => {
  it('merges a log and refuses one with an unknown lesson or too many events', async () => {
    await signedIn();
    const events = [{ lessonId: LESSON, event: 'completed', key: newKey() }];
    expect(await (await postMerge(request('/api/progress/merge', { events }))).json()).toMatchObject({ received: 1, applied: 1 });
    await expectError(await postMerge(request('/api/progress/merge', { events: [{ ...events[0], lessonId: 'u0-l0-0-0', key: newKey() }] })), 400, 'Esa lección no existe en el curso.');
    const many = Array.from({ length: 101 }, () => ({ lessonId: LESSON, event: 'seen', key: newKey() }));
    await expectError(await postMerge(request('/api/progress/merge', { events: many })), 400, /como mucho 100 eventos/);
  });
});

describe('POST /api/activity', () => {
  const answer = () => ({ type: 'check.answer', lessonId: LESSON, key: newKey(), payload: { questionId: 'predice-1', correct: false } });

  it('records a check answer once, however often it is sent', async () => {
    const user = await signedIn();
    const body = answer();
    const responses = await Promise.all(Array.from({ length: 5 }, () => postActivity(request('/api/activity', body))));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    const rows = await eventsOf(user.id, 'check.answer');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toEqual({ questionId: 'predice-1', correct: false });
  });

  it('refuses visitors, unknown lessons, oversized or malformed payloads', async () => {
    await expectError(await postActivity(request('/api/activity', answer())), 401, /iniciar sesión/);
    await signedIn();
    await expectError(await postActivity(request('/api/activity', { ...answer(), lessonId: 'u50-l1-1-1' })), 400, 'Esa lección no existe en el curso.');
    await expectError(await postActivity(request('/api/activity', { ...answer(), payload: { questionId: 'p', correct: true, notes: 'x'.repeat(2000) } })), 400, /payload/);
    await expectError(await postActivity(request('/api/activity', { ...answer(), payload: 'x'.repeat(20_000) })), 413, /demasiado grande/);
    await expectError(await postActivity(request('/api/activity', { ...answer(), type: 'quiz.cheat' })), 400, /Tipo de actividad desconocido/);
  });
});
