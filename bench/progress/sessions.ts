import fs from 'node:fs';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/server/db/client';
import { startEmbeddedPostgres } from '@/lib/server/db/embedded-postgres';

export interface BenchSession {
  userId: string | null;
  cookie: string;
}

// npm start serves with NODE_ENV=production (the __Secure- name); `npm run dev` uses the plain one.
const cookieFor = (token: string) => `next-auth.session-token=${token}; __Secure-next-auth.session-token=${token}`;

/**
 * One fresh learner per simulated reader, created in the server's database, each with a
 * session token signed with the server's own secret (as if they had signed in): the sign-in
 * rate limit (30 per IP every 15 minutes) would otherwise cap the bench at a handful of accounts.
 */
export async function mintSessions(dataDir: string, count: number): Promise<{ sessions: BenchSession[]; prisma: PrismaClient }> {
  const secret = process.env.AUTH_SECRET ?? fs.readFileSync(path.join(dataDir, 'auth-secret'), 'utf8').trim();
  const url = process.env.DATABASE_URL ?? (await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') })).url;
  const prisma = createPrismaClient(url);
  const run = Date.now().toString(36);
  const users = await prisma.user.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({ email: `bench-${run}-${i}@bench.invalid`, name: `Lectora ${i + 1}` })),
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  const sessions = await Promise.all(
    users.map(async (user) => ({
      userId: user.id,
      cookie: cookieFor(await encode({ secret, maxAge: 3600, token: { sub: user.id, name: user.name, email: user.email, role: user.role, sv: user.sessionVersion } })),
    })),
  );
  return { sessions, prisma };
}

/** Signs in once through next-auth's credentials flow (CSRF token, then the callback) and returns the session cookie. */
export async function signInOnce(baseUrl: string, email: string, password: string): Promise<BenchSession> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes('next-auth.session-token='));
  if (!session) throw new Error(`No se pudo iniciar sesión como ${email} (HTTP ${response.status}).`);
  return { userId: null, cookie: session.split(';')[0]! };
}
