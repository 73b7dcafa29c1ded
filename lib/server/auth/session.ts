import 'server-only';
import { cache } from 'react';
import type { Role } from '@/lib/schemas/auth';
import { db } from '@/lib/server/db';
import { readSessionClaims } from './session-claims';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user, rechecked against the database on every request: a token whose
 * session version or role no longer matches (password or role changed) counts as signed out.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const user = await db().user.findUnique({
    where: { id: claims.id },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== claims.sv || user.role !== claims.role) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export class AuthorizationError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'AuthorizationError';
  }
}

/** The signed-in user with one of `roles`, or an AuthorizationError (401 signed out, 403 wrong role). */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AuthorizationError(401, 'Tienes que iniciar sesión.');
  if (roles.length > 0 && !roles.includes(user.role)) {
    throw new AuthorizationError(403, 'No tienes permiso para hacer esto.');
  }
  return user;
}
