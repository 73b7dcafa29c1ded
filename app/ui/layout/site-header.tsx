import Link from 'next/link';
import type { Role } from '@/lib/schemas/auth';
import { SignOutButton } from '@/app/ui/auth/sign-out-button';
import { ContinueLink, type ContinuePoint } from '@/app/ui/progress/continue-link';
import { navLinksFor } from './nav-links';

interface SiteHeaderProps {
  courseTitle: string;
  site: string;
  user: { name: string; role: Role } | null;
  /** Where the signed-in learner left off (shown once they have started). */
  resume?: ContinuePoint | null;
}

export function SiteHeader({ courseTitle, site, user, resume }: SiteHeaderProps) {
  const links = navLinksFor(user?.role ?? null);
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="min-w-0 font-semibold leading-tight text-slate-900 dark:text-white">
          <span className="block truncate">{courseTitle}</span>
          <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">{site}</span>
        </Link>
        <nav aria-label="Principal" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-slate-700 hover:text-brand-600 dark:text-slate-300 dark:hover:text-brand-300">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              {resume && resume.reason !== 'start' && <ContinueLink point={resume} compact />}
              <Link href="/cuenta" className="hidden max-w-40 truncate text-slate-600 hover:text-brand-600 sm:inline dark:text-slate-400" data-testid="usuario-actual">
                {user.name}
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/entrar" className="text-slate-700 hover:text-brand-600 dark:text-slate-300">
                Entrar
              </Link>
              <Link href="/registro" className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
                Crear cuenta
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
