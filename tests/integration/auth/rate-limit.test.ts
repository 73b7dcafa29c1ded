import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consumeRateLimit, resetRateLimit } from '@/lib/server/auth/rate-limit';

const key = () => `prueba:${crypto.randomUUID()}`;

describe('consumeRateLimit', () => {
  it('allows exactly `limit` hits in a window, then tells how long to wait', async () => {
    const k = key();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(k, 3, 600));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBeGreaterThan(590);
    expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(600);
  });

  it('counts concurrent hits atomically', async () => {
    const k = key();
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(k, 5, 600)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it('opens a new window once the old one has passed', async () => {
    const k = key();
    await consumeRateLimit(k, 1, 1);
    expect((await consumeRateLimit(k, 1, 1)).allowed).toBe(false);
    // A zero-second window has always passed: the count starts again.
    expect((await consumeRateLimit(k, 1, 0)).allowed).toBe(true);
  });

  it('forgets a key on reset', async () => {
    const k = key();
    await consumeRateLimit(k, 1, 600);
    await resetRateLimit(k);
    expect((await consumeRateLimit(k, 1, 600)).allowed).toBe(true);
  });
});
