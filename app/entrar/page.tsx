import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { GitHubButton } from '@/app/ui/auth/github-button';
import { SignInForm } from '@/app/ui/auth/sign-in-form';
import { safeReturnPath } from '@/lib/schemas/redirect';
import { getSessionUser } from '@/lib/server/auth/session';
import { githubOAuthEnabled } from '@/lib/server/env';

export const metadata: Metadata = { title: 'Entrar', description: 'Inicia sesión para guardar tu progreso en el curso.' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const returnTo = safeReturnPath(first(params.volver) ?? first(params.callbackUrl));
  if (await getSessionUser()) redirect(returnTo);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">Entrar</h1>
      <SignInForm returnTo={returnTo} initialError={first(params.error) ?? null} />
      {githubOAuthEnabled && <GitHubButton returnTo={returnTo} />}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        ¿Aún no tienes cuenta?{' '}
        <Link href="/registro" className="font-medium text-brand-600 hover:underline dark:text-brand-300">
          Crea una gratis
        </Link>
      </p>
    </div>
  );
}
