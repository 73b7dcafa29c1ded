import crypto from 'node:crypto';
import { expect } from 'vitest';
import { POST as postStart } from '@/app/api/quiz/start/route';
import { POST as postSubmit } from '@/app/api/quiz/submit/route';
import type { OpenAttempt } from '@/lib/quiz/types';
import { createTestLearner } from '../../progress/support/learners';
import { testSession } from '../../support/session-mock';
import { jsonRequest } from './quiz-helpers';

export const key = () => crypto.randomUUID();
export const start = (unitId = 'u1', startKey = key()) => postStart(jsonRequest('/api/quiz/start', { unitId, key: startKey }));
export const submit = (body: unknown) => postSubmit(jsonRequest('/api/quiz/submit', body));

/** A fresh learner, signed in (the test file mocks the session module with session-mock). */
export async function signIn() {
  const user = await createTestLearner('Prueba Cuestionario');
  testSession.current = { ...user, role: 'LEARNER' };
  return user;
}

export async function started(unitId = 'u1'): Promise<OpenAttempt> {
  const response = await start(unitId);
  expect(response.status).toBe(200);
  return (await response.json()) as OpenAttempt;
}

export async function expectError(response: Response, status: number, message: string | RegExp) {
  expect(response.status).toBe(status);
  expect(((await response.json()) as { error: string }).error).toMatch(message);
}
