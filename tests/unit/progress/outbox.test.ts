import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/app/ui/progress/outbox-storage';
import type { SaveStatus } from '@/app/ui/progress/outbox';
import { fakeApi, testOutbox } from './support/fake-api';

const LESSON = 'u1-l1-1-1';
let n = 0;
const key = () => `clave-de-prueba-${++n}`;
const seen = (lessonId = LESSON) => ({ kind: 'progress' as const, body: { event: 'seen' as const, lessonId, key: key() } });
const completed = (lessonId = LESSON) => ({ kind: 'progress' as const, body: { event: 'completed' as const, lessonId, key: key() } });

function statuses(outbox: { subscribe: (l: () => void) => unknown; getStatus: () => SaveStatus }) {
  const seenStatuses: SaveStatus[] = [];
  outbox.subscribe(() => {
    const status = outbox.getStatus();
    if (seenStatuses.at(-1) !== status) seenStatuses.push(status);
  });
  return seenStatuses;
}

describe('Outbox', () => {
  it('sends a write, keeps it until the server has committed it, then says saved', async () => {
    const api = fakeApi();
    const { outbox } = testOutbox(api);
    const history = statuses(outbox);
    outbox.enqueue(completed());
    expect(outbox.pending.list()).toHaveLength(1);
    await outbox.flush();
    expect(outbox.pending.list()).toHaveLength(0);
    expect(api.applied.size).toBe(1);
    expect(history).toEqual(['idle', 'saving', 'saved']);
    expect(outbox.lessonStatus(LESSON)).toBe('COMPLETED');
  });

  it('sends a write queued while an empty flush is finishing (the page opening: outbox created, then a write)', async () => {
    const api = fakeApi();
    const { outbox } = testOutbox(api);
    const opening = outbox.flush();
    outbox.enqueue(seen());
    await opening;
    expect(api.applied.size).toBe(1);
    expect(outbox.pending.list()).toHaveLength(0);
  });

  it('retries offline writes with growing, jittered delays and sends each once when back online', async () => {
    const api = fakeApi();
    api.state.mode = 'offline';
    const { outbox, timers } = testOutbox(api, { backoff: { baseMs: 1000, maxMs: 8000 } });
    outbox.enqueue(seen());
    outbox.enqueue(completed());
    await outbox.flush();
    expect(outbox.getStatus()).toBe('retrying');
    for (let i = 0; i < 4; i++) {
      timers.fire();
      await outbox.flush();
    }
    // random() = 0.5: three quarters of min(8000, 1000·2^attempt).
    expect(timers.delays).toEqual([750, 1500, 3000, 6000, 6000]);
    expect(outbox.lessonStatus(LESSON)).toBe('COMPLETED');

    api.state.mode = 'ok';
    timers.fire();
    await outbox.flush();
    expect(outbox.getStatus()).toBe('saved');
    expect(outbox.pending.list()).toHaveLength(0);
    expect(api.applied.size).toBe(2);
  });

  it('keeps queued writes across a reload and sends them from the next page', async () => {
    const api = fakeApi();
    const storage = memoryStorage();
    api.state.mode = 'offline';
    const first = testOutbox(api, { storage }).outbox;
    first.enqueue(seen());
    first.enqueue({ kind: 'progress', body: { event: 'time', lessonId: LESSON, seconds: 60, key: key() } });
    await first.flush();

    api.state.mode = 'ok';
    const second = testOutbox(api, { storage }).outbox;
    expect(second.lessonStatus(LESSON)).toBe('SEEN');
    await second.flush();
    expect(api.applied.size).toBe(2);
    expect(storage.length).toBe(0);
  });

  it('resends with the same key when the response is lost after the commit', async () => {
    const api = fakeApi();
    api.state.mode = 'lost-response';
    const { outbox, timers } = testOutbox(api);
    const write = completed();
    outbox.enqueue(write);
    await outbox.flush();
    expect(outbox.getStatus()).toBe('retrying');
    api.state.mode = 'ok';
    timers.fire();
    await outbox.flush();
    expect(api.requests.map((request) => request.body.key)).toEqual([write.body.key, write.body.key]);
    expect(api.applied.size).toBe(1);
  });

  it('treats a 503 as temporary and a 400 as final, without holding back the next writes', async () => {
    const api = fakeApi();
    api.state.mode = 'unavailable';
    api.state.rejectLessons.add('u9-l9-9-9');
    const { outbox, timers } = testOutbox(api);
    outbox.enqueue(seen('u9-l9-9-9'));
    outbox.enqueue(seen());
    await outbox.flush();
    expect(outbox.getStatus()).toBe('retrying');
    api.state.mode = 'ok';
    timers.fire();
    await outbox.flush();
    expect(outbox.pending.list()).toHaveLength(0);
    expect([...api.applied.values()].map((write) => write.body.lessonId)).toEqual([LESSON]);
  });
});

describe('Outbox for a visitor', () => {
  it('keeps a visitor’s progress in the browser and merges it once they sign in', async () => {
    const api = fakeApi();
    api.state.mode = 'signed-out';
    const { outbox } = testOutbox(api);
    outbox.enqueue(seen());
    await outbox.flush();
    expect(outbox.getSession()).toBe('anonymous');
    expect(outbox.getStatus()).toBe('local');
    const requestsBefore = api.requests.length;
    let notified = 0;
    outbox.subscribe(() => notified++);
    outbox.enqueue(completed('u1-l1-1-2'));
    expect(notified).toBeGreaterThan(0);
    outbox.enqueue({ kind: 'activity', body: { type: 'check.answer', lessonId: LESSON, key: key(), payload: { questionId: 'p1', correct: true } } });
    expect(api.requests.length).toBe(requestsBefore);
    expect(outbox.local.list()).toHaveLength(3);
    expect(outbox.lessonStatus('u1-l1-1-2')).toBe('COMPLETED');

    api.state.mode = 'ok';
    outbox.setSession('signed-in');
    await outbox.flush();
    expect(outbox.local.list()).toHaveLength(0);
    expect(outbox.pending.list()).toHaveLength(0);
    expect(api.requests.filter((request) => request.path === '/api/progress/merge')).toHaveLength(1);
    expect([...api.applied.values()].map((write) => write.path).sort()).toEqual(['/api/activity', '/api/progress', '/api/progress']);
    expect(outbox.getStatus()).toBe('saved');
  });

  it('falls back to one write at a time when the server refuses a merge batch', async () => {
    const api = fakeApi();
    const { outbox } = testOutbox(api);
    outbox.setSession('anonymous');
    outbox.enqueue(seen());
    outbox.enqueue(seen('u9-l9-9-9'));
    api.state.rejectLessons.add('u9-l9-9-9');
    outbox.setSession('signed-in');
    await outbox.flush();
    expect(outbox.local.list()).toHaveLength(0);
    expect(outbox.pending.list()).toHaveLength(0);
    expect([...api.applied.values()].map((write) => write.body.lessonId)).toEqual([LESSON]);
  });
});
