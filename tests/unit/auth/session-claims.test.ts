import { encode } from 'next-auth/jwt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authOptions } from '@/lib/server/auth/options';
import { readSessionClaims } from '@/lib/server/auth/session-claims';

const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name)! } : undefined),
    getAll: () => [...jar.cookies].map(([name, value]) => ({ name, value })),
  }),
}));

const COOKIE = 'next-auth.session-token';
const claims = { sub: 'user-1', role: 'LEARNER', sv: 3, name: 'Ana', email: 'ana@prueba.es' };
const token = (payload: Record<string, unknown> = claims, maxAge?: number) => encode({ token: payload, secret: authOptions.secret!, maxAge });

describe('readSessionClaims', () => {
  beforeEach(() => jar.cookies.clear());

  it('reads id, role and session version from the session cookie', async () => {
    jar.cookies.set(COOKIE, await token());
    await expect(readSessionClaims()).resolves.toEqual({ id: 'user-1', role: 'LEARNER', sv: 3 });
  });

  it('joins a token that next-auth split into numbered chunks, in numeric order', async () => {
    const whole = await token();
    const size = Math.ceil(whole.length / 11);
    for (let i = 10; i >= 0; i--) jar.cookies.set(`${COOKIE}.${i}`, whole.slice(i * size, (i + 1) * size));
    await expect(readSessionClaims()).resolves.toMatchObject({ id: 'user-1' });
  });

  it('treats no cookie, a tampered token, another secret, an expired token or a token without a user as signed out', async () => {
    await expect(readSessionClaims()).resolves.toBeNull();
    const good = await token();
    jar.cookies.set(COOKIE, `${good.slice(0, -6)}AAAAAA`);
    await expect(readSessionClaims()).resolves.toBeNull();
    jar.cookies.set(COOKIE, await encode({ token: claims, secret: 'otro-secreto-distinto-de-al-menos-32-caracteres' }));
    await expect(readSessionClaims()).resolves.toBeNull();
    jar.cookies.set(COOKIE, await token(claims, -60));
    await expect(readSessionClaims()).resolves.toBeNull();
    jar.cookies.set(COOKIE, await token({ role: 'ADMIN', sv: 0 }));
    await expect(readSessionClaims()).resolves.toBeNull();
  });
});
