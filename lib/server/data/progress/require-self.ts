import 'server-only';
import { AuthorizationError, requireRole, type SessionUser } from '@/lib/server/auth/session';

/** The signed-in learner, who may only read their own progress (401 signed out, 403 anyone else). */
export async function requireSelf(userId: string): Promise<SessionUser> {
  const user = await requireRole();
  if (user.id !== userId) throw new AuthorizationError(403, 'Solo puedes ver tu propio progreso.');
  return user;
}
