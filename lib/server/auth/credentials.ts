import 'server-only';
import { signInSchema } from '@/lib/schemas/auth';
import { db } from '@/lib/server/db';
import { dummyPasswordHash, verifyPassword } from './password';
import { consumeRateLimit, resetRateLimit } from './rate-limit';

/** Sign-in throttling: failures per email protect one account, per IP stop spraying many. */
export const SIGN_IN_LIMITS = {
  perEmail: { limit: 5, windowSeconds: 15 * 60 },
  perIp: { limit: 30, windowSeconds: 15 * 60 },
} as const;

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string; role: string; sessionVersion: number } }
  | { ok: false; code: 'invalid' }
  | { ok: false; code: 'rate-limited'; retryAfterSeconds: number };

/** Checks an email and password, counting the attempt against both rate limits first. */
export async function checkCredentials(input: unknown, ip: string): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'invalid' };
  const { email, password } = parsed.data;

  const [byEmail, byIp] = await Promise.all([
    consumeRateLimit(`signin:email:${email}`, SIGN_IN_LIMITS.perEmail.limit, SIGN_IN_LIMITS.perEmail.windowSeconds),
    consumeRateLimit(`signin:ip:${ip}`, SIGN_IN_LIMITS.perIp.limit, SIGN_IN_LIMITS.perIp.windowSeconds),
  ]);
  if (!byEmail.allowed || !byIp.allowed) {
    const waits = [byEmail, byIp].filter((r) => !r.allowed).map((r) => r.retryAfterSeconds);
    return { ok: false, code: 'rate-limited', retryAfterSeconds: Math.max(...waits) };
  }

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true },
  });
  // Verify against a dummy hash for unknown emails so the response time does not tell them apart.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || !valid) return { ok: false, code: 'invalid' };

  await resetRateLimit(`signin:email:${email}`);
  const { passwordHash: _omit, ...safeUser } = user;
  return { ok: true, user: safeUser };
}
