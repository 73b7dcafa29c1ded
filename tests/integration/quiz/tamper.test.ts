import { beforeEach, describe, expect, it, vi } from 'vitest';
import { attemptRow, perfectAnswers } from './support/quiz-helpers';
import { expectError, key, signIn, started, submit } from './support/quiz-routes';
import { testSession } from '../support/session-mock';

vi.mock('@/lib/server/auth/session', async (original) => (await import('../support/session-mock')).mockSession(original));

const signedIn = signIn;

beforeEach(() => {
  testSession.current = null;
});

describe('tampered submissions get a 4xx in Spanish and change nothing', () => {
  it.each([
    ['an unknown question id', (answers: Record<string, unknown>) => ({ ...answers, 'u1-q99': 'a' }), 400, 'La pregunta «u1-q99» no forma parte de este intento.'],
    ['an answer meant for another unit’s attempt', () => ({ 'u2-q1': 'a' }), 400, 'La pregunta «u2-q1» no forma parte de este intento.'],
    ['a list where one option goes', (answers: Record<string, unknown>) => ({ ...answers, 'u1-q1': ['a', 'b'] }), 400, 'Pregunta «u1-q1»: se espera una sola opción.'],
    ['an option the question does not have', (answers: Record<string, unknown>) => ({ ...answers, 'u1-q1': 'z' }), 400, /la opción «z» no es de esta pregunta/],
    ['a number where text goes', (answers: Record<string, unknown>) => ({ ...answers, 'u1-q4': 0.5 }), 400, /Datos no válidos \(answers\.u1-q4\): Cada respuesta debe ser un texto/],
    ['an ordering with a step missing', (answers: Record<string, unknown>) => ({ ...answers, 'u1-q3': ['prediccion', 'perdida'] }), 400, /exactamente una vez/],
    ['answers that are not an object', () => ['a', 'b'], 400, /Datos no válidos \(answers\)/],
  ])('%s', async (_title, tamper, status, message) => {
    await signedIn();
    const attempt = await started();
    const answers = tamper(await perfectAnswers(attempt.attemptId));
    await expectError(await submit({ attemptId: attempt.attemptId, key: key(), answers }), status, message);
    expect(await attemptRow(attempt.attemptId)).toMatchObject({ status: 'STARTED', answers: null, score: null });
  });

  it('an oversized payload is a 413', async () => {
    await signedIn();
    const attempt = await started();
    const answers = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`u1-q${i}`, 'x'.repeat(30)]));
    await expectError(await submit({ attemptId: attempt.attemptId, key: key(), answers, padding: 'x'.repeat(20_000) }), 413, 'La petición es demasiado grande (máximo 16 KB).');
    expect((await attemptRow(attempt.attemptId)).status).toBe('STARTED');
  });

  it('another learner’s attempt is a 404 that reveals nothing; so is one that does not exist', async () => {
    await signedIn();
    const attempt = await started();
    const answers = await perfectAnswers(attempt.attemptId);
    await signedIn();
    await expectError(await submit({ attemptId: attempt.attemptId, key: key(), answers }), 404, 'Ese intento no existe o no es tuyo.');
    await expectError(await submit({ attemptId: 'noexiste123', key: key(), answers }), 404, 'Ese intento no existe o no es tuyo.');
    expect((await attemptRow(attempt.attemptId)).status).toBe('STARTED');
  });

  it('a visitor is a 401; a malformed key or attempt id a 400', async () => {
    await expectError(await submit({ attemptId: 'abc', key: key(), answers: {} }), 401, /iniciar sesión/);
    await signedIn();
    await expectError(await submit({ attemptId: 'abc', key: 'no', answers: {} }), 400, /La clave de la operación es demasiado corta/);
    await expectError(await submit({ attemptId: 'ABC;DROP', key: key(), answers: {} }), 400, /Ese id de intento no tiene el formato esperado/);
    await expectError(await submit({ attemptId: 'abc', key: key(), answers: {}, score: 1 }), 400, /score/);
  });
});
