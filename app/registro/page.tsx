import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/app/ui/auth/sign-up-form';
import { signUp } from '@/lib/server/actions/sign-up';
import { getSessionUser } from '@/lib/server/auth/session';

export const metadata: Metadata = {
  title: 'Crear cuenta',
  description: 'Crea tu cuenta para guardar tu progreso, hacer los cuestionarios y entregar el mini-proyecto.',
};

export default async function SignUpPage() {
  if (await getSessionUser()) redirect('/');
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Crear cuenta</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Con una cuenta guardas tu progreso, haces los cuestionarios de cada unidad y entregas el mini-proyecto.
        </p>
      </div>
      <SignUpForm signUp={signUp} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        ¿Ya tienes cuenta?{' '}
        <Link href="/entrar" className="font-medium text-brand-600 hover:underline dark:text-brand-300">
          Entra
        </Link>
      </p>
    </div>
  );
}
