import type { AttemptResult } from '@/lib/quiz/feedback';
import type { GivenAnswer, OpenAttempt } from '@/lib/quiz/types';
import { isRetryable } from '@/app/ui/progress/transport';

/**
 * What a quiz request came to: done, refused for good (a Spanish message to show, maybe the
 * committed result of an attempt already graded), or worth retrying (offline, server busy).
 */
export type QuizCall<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'refused'; status: number; message: string; result?: AttemptResult }
  | { kind: 'retry'; message: string };

const OFFLINE = 'Sin conexión: tus respuestas siguen guardadas en este navegador.';

async function post<T>(path: string, body: unknown): Promise<QuizCall<T>> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return { kind: 'retry', message: OFFLINE };
  }
  const json = (await response.json().catch(() => null)) as (T & { error?: string; result?: AttemptResult }) | null;
  if (response.ok && json) return { kind: 'ok', value: json };
  if (isRetryable(response.status) || !json) return { kind: 'retry', message: json?.error ?? OFFLINE };
  return { kind: 'refused', status: response.status, message: json.error ?? 'No se ha podido completar la petición.', result: json.result };
}

export const startAttempt = (unitId: string, key: string) => post<OpenAttempt>('/api/quiz/start', { unitId, key });

export const submitAttempt = (attemptId: string, key: string, answers: Record<string, GivenAnswer>) =>
  post<{ result: AttemptResult; replayed: boolean }>('/api/quiz/submit', { attemptId, key, answers });
