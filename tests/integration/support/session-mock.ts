import type { Role } from '@/lib/schemas/auth';
import type { SessionUser } from '@/lib/server/auth/session';

type SessionModule = typeof import('@/lib/server/auth/session');

/** Who an integration test is signed in as: the data layer's own checks run against it. */
export const testSession = { current: null as SessionUser | null };

/**
 * Stands in for the session module (there is no request, so no cookie to read). Use it as
 *
 *   vi.mock('@/lib/server/auth/session', async (original) => (await import('../support/session-mock')).mockSession(original));
 *
 * and set `testSession.current`. Everything else in the module stays real.
 */
export async function mockSession(importOriginal: () => Promise<unknown>): Promise<SessionModule> {
  const original = (await importOriginal()) as SessionModule;
  const requireRole = async (...roles: Role[]) => {
    const user = testSession.current;
    if (!user) throw new original.AuthorizationError(401, 'Tienes que iniciar sesión.');
    if (roles.length > 0 && !roles.includes(user.role)) throw new original.AuthorizationError(403, 'No tienes permiso para hacer esto.');
    return user;
  };
  return { ...original, getSessionUser: async () => testSession.current, requireRole };
}
