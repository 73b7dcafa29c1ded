import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ChangePasswordForm } from '@/app/ui/auth/change-password-form';
import { ROLE_LABELS } from '@/lib/schemas/auth';
import { changePassword } from '@/lib/server/actions/change-password';
import { getSessionUser } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Mi cuenta', description: 'Tus datos y tu contraseña.' };

export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect('/entrar?volver=/cuenta');
  return (
    <div className="mx-auto max-w-sm space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Mi cuenta</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {user.name} · {user.email} · {ROLE_LABELS[user.role]}
        </p>
      </div>
      <section aria-labelledby="cambiar-contrasena" className="space-y-4">
        <h2 id="cambiar-contrasena" className="text-lg font-semibold">
          Cambiar contraseña
        </h2>
        <ChangePasswordForm email={user.email} changePassword={changePassword} />
      </section>
    </div>
  );
}
