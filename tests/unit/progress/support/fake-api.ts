import { Outbox, type OutboxOptions } from '@/app/ui/progress/outbox';
import { memoryStorage, type KeyValueStorage } from '@/app/ui/progress/outbox-storage';

type Mode = 'ok' | 'offline' | 'unavailable' | 'signed-out' | 'lost-response';

/**
 * An in-memory stand-in for the progress API with the server's idempotency: each key is
 * applied once. `mode` makes it fail the way a network or a server can.
 */
export function fakeApi() {
  const applied = new Map<string, { path: string; body: Record<string, unknown> }>();
  const requests: { path: string; body: Record<string, unknown> }[] = [];
  const state = { mode: 'ok' as Mode, rejectLessons: new Set<string>() };

  const apply = (path: string, body: Record<string, unknown>) => {
    if (!applied.has(String(body.key))) applied.set(String(body.key), { path, body });
  };

  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const path = String(input);
    const body = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
    requests.push({ path, body });
    if (state.mode === 'offline') throw new TypeError('Failed to fetch');
    if (state.mode === 'unavailable') return Response.json({ error: 'No disponible' }, { status: 503 });
    if (state.mode === 'signed-out') return Response.json({ error: 'Inicia sesión' }, { status: 401 });
    if (path.endsWith('/api/progress/merge')) {
      const events = body.events as Record<string, unknown>[];
      if (events.some((event) => state.rejectLessons.has(String(event.lessonId)))) return Response.json({ error: 'Mal' }, { status: 400 });
      for (const event of events) apply('/api/progress', event);
      return Response.json({ received: events.length, applied: events.length, lessons: {} });
    }
    if (state.rejectLessons.has(String(body.lessonId))) return Response.json({ error: 'Esa lección no existe en el curso.' }, { status: 400 });
    apply(path, body);
    if (state.mode === 'lost-response') throw new TypeError('Failed to fetch');
    const status = body.event === 'completed' ? 'COMPLETED' : 'SEEN';
    return Response.json({ applied: true, lesson: { lessonId: body.lessonId, status, secondsSpent: 0 } });
  }) as typeof globalThis.fetch;

  return { fetch, applied, requests, state };
}

/** Timers the test runs by hand, recording each delay asked for. */
export function manualTimers() {
  const queue: { run: () => void; ms: number }[] = [];
  const delays: number[] = [];
  return {
    delays,
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, ms };
      queue.push(timer);
      delays.push(ms);
      return timer;
    },
    clearTimer: (handle: unknown) => {
      const index = queue.indexOf(handle as (typeof queue)[number]);
      if (index >= 0) queue.splice(index, 1);
    },
    /** Fires the pending timers (the outbox's retries) as if their delay had passed. */
    fire: () => queue.splice(0).forEach((timer) => timer.run()),
    pending: () => queue.length,
  };
}

export function testOutbox(api: ReturnType<typeof fakeApi>, options: Partial<OutboxOptions> & { storage?: KeyValueStorage } = {}) {
  const timers = manualTimers();
  let clock = Date.parse('2026-05-01T10:00:00Z');
  const outbox = new Outbox({
    storage: options.storage ?? memoryStorage(),
    fetch: api.fetch,
    random: () => 0.5,
    now: () => clock++,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    ...options,
  });
  return { outbox, timers };
}
