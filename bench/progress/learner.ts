import crypto from 'node:crypto';
import type { Request } from './http-client';
import type { Recorder } from './stats';

export interface Lesson {
  id: string;
  href: string;
}

export interface LearnerContext {
  request: Request;
  recorder: Recorder;
  cookie: string;
  lessons: Lesson[];
  first: number;
  running: () => boolean;
  /** Average pause between a reader's requests (±50 %), the time spent reading; 0 saturates the server. */
  thinkMs: number;
  /** Reading-time saves per lesson: the timer saves once a minute, and a lesson takes about ten. */
  chunks: number;
}

/** Successful time chunks by key, to check afterwards that the database counted each exactly once. */
export const acceptedSeconds = new Map<string, number>();

/**
 * One reader going through lessons the way the platform sees it: the page, "seen", reading
 * time once a minute (one chunk sent twice, as the outbox does after a lost response), two check
 * questions, "completed", and the progress map the sidebar reads.
 */
export async function simulateLearner(ctx: LearnerContext): Promise<void> {
  const headers = { cookie: ctx.cookie };
  const call = async (kind: string, method: 'GET' | 'POST', path: string, body?: unknown) => {
    if (ctx.thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, ctx.thinkMs * (0.5 + Math.random())));
    const response = await ctx.request(method, path, headers, body === undefined ? undefined : JSON.stringify(body));
    const ok = response.status >= 200 && response.status < 300;
    ctx.recorder.add(kind, response.ms, ok, `HTTP ${response.status} ${response.body}`);
    return ok;
  };
  const progress = (lessonId: string, event: Record<string, unknown>) =>
    call('POST progreso', 'POST', '/api/progress', { lessonId, key: crypto.randomUUID(), ...event });

  for (let i = ctx.first; ctx.running(); i++) {
    const lesson = ctx.lessons[i % ctx.lessons.length]!;
    await call('GET lección', 'GET', lesson.href);
    await progress(lesson.id, { event: 'seen' });
    for (let chunk = 0; chunk < ctx.chunks && ctx.running(); chunk++) {
      const write = { lessonId: lesson.id, event: 'time', seconds: 60, key: crypto.randomUUID() };
      if (await call('POST progreso', 'POST', '/api/progress', write)) acceptedSeconds.set(write.key, 60);
      if (chunk === 0 && (await call('POST reintento', 'POST', '/api/progress', write))) acceptedSeconds.set(write.key, 60);
    }
    for (const questionId of ['predice-1', 'predice-2']) {
      const answer = { type: 'check.answer', lessonId: lesson.id, key: crypto.randomUUID(), payload: { questionId, correct: i % 3 !== 0 } };
      await call('POST actividad', 'POST', '/api/activity', answer);
    }
    await progress(lesson.id, { event: 'completed' });
    await call('GET progreso', 'GET', '/api/progress');
  }
}
