import crypto from 'node:crypto';
import type { Request } from './http-client';
import type { Recorder } from './stats';

export interface QuizTakerContext {
  request: Request;
  recorder: Recorder;
  cookie: string;
  unitIds: string[];
  first: number;
  running: () => boolean;
  thinkMs: number;
}

interface OpenQuestion {
  id: string;
  type: 'single' | 'multiple' | 'ordering' | 'numeric';
  options?: { id: string }[];
  items?: { id: string }[];
}

/** Attempts whose submission the server acknowledged, to check afterwards that each was stored exactly once. */
export const acknowledgedAttempts = new Set<string>();

/** What a hurried learner answers: the first option, the order as shown, 0,5 for every number. */
function answersFor(questions: OpenQuestion[]): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const question of questions) {
    if (question.type === 'numeric') answers[question.id] = '0,5';
    else if (question.type === 'ordering') answers[question.id] = (question.items ?? []).map((item) => item.id);
    else if (question.type === 'multiple') answers[question.id] = [question.options![0]!.id];
    else answers[question.id] = question.options![0]!.id;
  }
  return answers;
}

/**
 * One learner taking unit quizzes back to back: start an attempt (the server draws its numbers),
 * submit it, and every third time submit it again with the same key, as a page does when the
 * first response is lost.
 */
export async function simulateQuizTaker(ctx: QuizTakerContext): Promise<void> {
  const headers = { cookie: ctx.cookie };
  const call = async (kind: string, path: string, body: unknown) => {
    if (ctx.thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, ctx.thinkMs * (0.5 + Math.random())));
    const response = await ctx.request('POST', path, headers, JSON.stringify(body));
    const ok = response.status >= 200 && response.status < 300;
    ctx.recorder.add(kind, response.ms, ok, `HTTP ${response.status} ${response.body}`);
    return ok ? response.body : null;
  };

  for (let i = ctx.first; ctx.running(); i++) {
    const unitId = ctx.unitIds[i % ctx.unitIds.length]!;
    const started = await call('POST quiz inicio', '/api/quiz/start', { unitId, key: crypto.randomUUID() });
    if (!started) continue;
    const attempt = JSON.parse(started) as { attemptId: string; questions: OpenQuestion[] };
    const submission = { attemptId: attempt.attemptId, key: crypto.randomUUID(), answers: answersFor(attempt.questions) };
    if (await call('POST quiz entrega', '/api/quiz/submit', submission)) acknowledgedAttempts.add(attempt.attemptId);
    if (i % 3 === 0 && (await call('POST quiz reintento', '/api/quiz/submit', submission))) acknowledgedAttempts.add(attempt.attemptId);
  }
}
