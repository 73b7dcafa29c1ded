'use server';
import 'server-only';
import { revalidatePath } from 'next/cache';
import { changeRoleSchema, ROLE_LABELS } from '@/lib/schemas/auth';
import { changeUserRole, RoleChangeError } from '@/lib/server/data/users';
import { validatedActionWithRole } from './validated-action';

/** Admins only: changes another user's role. */
export const changeRole = validatedActionWithRole(['ADMIN'], changeRoleSchema, async ({ userId, role }) => {
  try {
    const user = await changeUserRole(userId, role);
    revalidatePath('/admin/usuarios');
    return { status: 'ok', message: `${user.name} ahora tiene el rol «${ROLE_LABELS[user.role]}».` };
  } catch (error) {
    if (error instanceof RoleChangeError) return { status: 'error', message: error.message };
    throw error;
  }
});
