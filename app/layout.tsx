import type { Metadata, Viewport } from 'next';
import { SiteFooter } from '@/app/ui/layout/site-footer';
import { SiteHeader } from '@/app/ui/layout/site-header';
import { ProgressMerger } from '@/app/ui/progress/progress-merger';
import { getSessionUser } from '@/lib/server/auth/session';
import { getResumePoint } from '@/lib/server/data/progress/get-resume-point';
import { getCourse } from '@/lib/server/content/load';
import './globals.css';

export function generateMetadata(): Metadata {
  const course = getCourse();
  return {
    title: { default: `${course.title} · ${course.site}`, template: `%s · ${course.title}` },
    description: course.description,
    keywords: course.keywords,
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const course = getCourse();
  const user = await getSessionUser();
  // Learners only: staff accounts have no progress worth resuming.
  const resume = user?.role === 'LEARNER' ? await getResumePoint(user.id) : null;
  return (
    <html lang="es">
      <body className="flex min-h-dvh flex-col">
        <a href="#contenido" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
          Saltar al contenido
        </a>
        <SiteHeader courseTitle={course.title} site={course.site} user={user && { name: user.name, role: user.role }} resume={resume} />
        <main id="contenido" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        <ProgressMerger signedIn={Boolean(user)} />
      </body>
    </html>
  );
}
