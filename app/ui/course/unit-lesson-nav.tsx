import Link from 'next/link';
import type { UnitEntry } from '@/lib/schemas/content';
import { PendingBadge } from './pending-badge';
import { LiveLessonStatusIcon } from '@/app/ui/progress/live-lesson-status-icon';

/** A unit's sections and lessons, the current lesson highlighted, and its quiz at the end when it has one. */
export function UnitLessonNav({ unit, currentHref, quizHref }: { unit: UnitEntry; currentHref: string; quizHref?: string }) {
  return (
    <nav aria-label="Lecciones de la unidad" className="text-sm">
      <Link href={unit.href} className="block font-semibold hover:text-brand-600 dark:hover:text-brand-300">
        Unidad {unit.number}: {unit.title}
      </Link>
      {unit.sections.map((section) => (
        <div key={section.id} className="mt-4">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {section.number} {section.title}
          </p>
          <ol className="mt-1 space-y-0.5">
            {section.lessons.map((lesson) => {
              const current = lesson.href === currentHref;
              return (
                <li key={lesson.id}>
                  <Link
                    href={lesson.href}
                    aria-current={current ? 'page' : undefined}
                    className={`block rounded-md px-2 py-1 ${
                      current
                        ? 'bg-brand-50 font-semibold text-brand-700 dark:bg-brand-900/40 dark:text-brand-300'
                        : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
                    }`}
                  >
                    <LiveLessonStatusIcon lessonId={lesson.id} className="mr-1 inline-block align-[-2px]" />
                    <span className="tabular-nums">{lesson.number}</span> {lesson.title}
                    {lesson.status === 'pending' && <PendingBadge />}
                  </Link>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      {quizHref && (
        <Link href={quizHref} className="mt-4 block rounded-md px-2 py-1 font-medium text-brand-700 hover:bg-slate-100 dark:text-brand-300 dark:hover:bg-slate-800">
          Cuestionario de la unidad
        </Link>
      )}
    </nav>
  );
}
