import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outbox, type SaveStatus } from '@/app/ui/progress/outbox';
import { memoryStorage } from '@/app/ui/progress/outbox-storage';
import { storedKey } from '@/lib/server/data/progress/stored-key';
import { until } from './support/child-server';
import { newKey } from './support/learners';
import { RestartableStack } from '../support/restartable-stack';

let stack: RestartableStack;

beforeAll(async () => {
  stack = await RestartableStack.start('progress');
}, 120_000);

afterAll(() => stack?.stop());

function statusHistory(outbox: Outbox): SaveStatus[] {
  const history: SaveStatus[] = [];
  outbox.subscribe(() => {
    if (history.at(-1) !== outbox.getStatus()) history.push(outbox.getStatus());
  });
  return history;
}

describe('PostgreSQL restarting while learners save progress', () => {
  it('fails requests with a clear error, and the outbox delivers every write exactly once after the restart', async () => {
    const outbox = new Outbox({
      storage: memoryStorage(),
      fetch,
      baseUrl: stack.server.url,
      headers: { 'x-user-id': stack.userId },
      backoff: { baseMs: 50, maxMs: 400 },
    });
    const history = statusHistory(outbox);
    const writes = Array.from({ length: 60 }, (_, i) => ({ event: 'time' as const, lessonId: i % 2 ? 'u3-l3-1-1' : 'u3-l3-1-2', seconds: 5 + (i % 11), key: newKey() }));
    const enqueue = (from: number, to: number) => writes.slice(from, to).forEach((body) => outbox.enqueue({ kind: 'progress', body }));

    enqueue(0, 20);
    await outbox.flush();
    expect(outbox.getStatus()).toBe('saved');

    // Stopped while the next writes are on their way.
    enqueue(20, 40);
    await stack.stopDatabase();
    const direct = await stack.post('/api/progress', { event: 'seen', lessonId: 'u3-l3-1-1', key: newKey() });
    expect(direct.status).toBe(503);
    expect(await direct.json()).toEqual({ error: 'No se ha podido guardar ahora mismo. Se volverá a intentar en unos segundos.' });

    await until(() => outbox.getStatus() === 'retrying', 'the outbox to notice the database is down');
    enqueue(40, 60);
    expect(outbox.pending.list().length).toBeGreaterThanOrEqual(20);

    expect(await stack.restartDatabase()).toBe(stack.url);
    await until(() => outbox.getStatus() === 'saved' && outbox.pending.list().length === 0, 'the outbox to drain after the restart');
    expect(history).toContain('retrying');

    const { prisma, userId } = stack;
    const rows = await prisma.activityEvent.findMany({ where: { userId, type: 'lesson.time' }, select: { idempotencyKey: true } });
    expect(rows).toHaveLength(writes.length);
    expect(new Set(rows.map((row) => row.idempotencyKey))).toEqual(new Set(writes.map((write) => storedKey(userId, write.key))));
    const total = await prisma.lessonProgress.aggregate({ where: { userId }, _sum: { secondsSpent: true } });
    expect(total._sum.secondsSpent).toBe(writes.reduce((sum, write) => sum + write.seconds, 0));
  });
});
