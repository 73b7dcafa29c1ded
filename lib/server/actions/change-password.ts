'use server';
import 'server-only';
import { changePasswordSchema } from '@/lib/schemas/auth';
import { changeOwnPassword, PasswordChangeError } from '@/lib/server/data/password-change';
import { validatedActionWithRole } from './validated-action';

/** Any signed-in user: changes their own password; the form then signs in again with it. */
export const changePassword = validatedActionWithRole([], changePasswordSchema, async ({ currentPassword, newPassword }) => {
  try {
    await changeOwnPassword(currentPassword, newPassword);
    return { status: 'ok', message: 'Contraseña cambiada. Tus otras sesiones se han cerrado.' };
  } catch (error) {
    if (error instanceof PasswordChangeError) {
      return { status: 'error', message: error.message, fieldErrors: { currentPassword: error.message } };
    }
    throw error;
  }
});
