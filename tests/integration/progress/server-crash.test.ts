import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { storedKey } from '@/lib/server/data/progress/stored-key';
import { killServer, sendUntilKilled, startProgressServer, type ChildServer } from './support/child-server';
import { createTestLearner, newKey } from './support/learners';

const LESSONS = ['u1-l1-1-1', 'u1-l1-1-2', 'u1-l1-1-3', 'u2-l2-1-1'];
const WRITES = 240;
const KILL_AFTER = 60;
const CONCURRENCY = 16;

interface Write {
  key: string;
  lessonId: string;
  seconds: number;
}

const post = (server: ChildServer, userId: string, write: Write) =>
  fetch(`${server.url}/api/progress`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-user-id': userId },
    body: JSON.stringify({ event: 'time', ...write }),
  });

let server: ChildServer | undefined;
afterAll(async () => {
  if (server) await killServer(server);
});

async function committed(userId: string) {
  const rows = await db().activityEvent.findMany({ where: { userId, type: 'lesson.time' }, select: { idempotencyKey: true } });
  const progress = await db().lessonProgress.aggregate({ where: { userId }, _sum: { secondsSpent: true } });
  return { keys: new Set(rows.map((row) => row.idempotencyKey)), seconds: progress._sum.secondsSpent ?? 0 };
}

describe('a server killed with SIGKILL while progress writes are in flight', () => {
  let userId: string;
  const writes: Write[] = Array.from({ length: WRITES }, (_, i) => ({ key: newKey(), lessonId: LESSONS[i % LESSONS.length]!, seconds: 1 + (i % 7) }));
  const acknowledged = new Set<string>();

  beforeAll(async () => {
    userId = (await createTestLearner('Víctima del SIGKILL')).id;
    server = await startProgressServer(process.env.DATABASE_URL!);
  });

  it('keeps every acknowledged write, exactly once, and nothing half-applied', async () => {
    const running = server!;
    await sendUntilKilled(running, writes, { concurrency: CONCURRENCY, killAfter: KILL_AFTER }, async (write) => {
      const response = await post(running, userId, write);
      if (response.ok) acknowledged.add(write.key);
      return response.ok;
    });
    expect(running.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(WRITES);

    const after = await committed(userId);
    for (const key of acknowledged) expect(after.keys.has(storedKey(userId, key))).toBe(true);
    // Each time event and its seconds commit together: the total matches the events exactly.
    const appliedSeconds = writes.filter((write) => after.keys.has(storedKey(userId, write.key))).reduce((sum, write) => sum + write.seconds, 0);
    expect(after.seconds).toBe(appliedSeconds);
  });

  it('after a restart, resending everything (as the outbox does) adds each write exactly once', async () => {
    server = await startProgressServer(process.env.DATABASE_URL!);
    const results = await Promise.all(writes.map((write) => post(server!, userId, write).then((response) => response.json() as Promise<{ applied: boolean }>)));
    const reapplied = writes.filter((write, i) => acknowledged.has(write.key) && results[i]!.applied);
    expect(reapplied).toEqual([]);

    const final = await committed(userId);
    expect(final.keys.size).toBe(WRITES);
    expect(final.seconds).toBe(writes.reduce((sum, write) => sum + write.seconds, 0));
    expect(await db().lessonProgress.count({ where: { userId } })).toBe(LESSONS.length);
  });
});
