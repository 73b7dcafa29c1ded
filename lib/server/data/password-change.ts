import 'server-only';
import { hashPassword, verifyPassword } from '@/lib/server/auth/password';
import { requireRole } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db';

export class PasswordChangeError extends Error {}

/**
 * Changes the signed-in user's password after checking the current one, and bumps the
 * session version so every other session of this account stops working.
 */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  const user = await requireRole();
  const row = await db().user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row?.passwordHash) throw new PasswordChangeError('Tu cuenta entra con GitHub: no tiene contraseña que cambiar.');
  if (!(await verifyPassword(row.passwordHash, currentPassword))) throw new PasswordChangeError('Contraseña actual incorrecta.');
  await db().user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
  });
}
