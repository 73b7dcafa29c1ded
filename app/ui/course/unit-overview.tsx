import Link from 'next/link';
import type { UnitEntry } from '@/lib/schemas/content';
import { PendingBadge } from './pending-badge';

/** What a written lesson adds to its line on the unit page. */
export interface LessonDetails {
  summary: string;
  minutes: number;
}

/** A unit's sections with their lessons, summaries and reading times, on the unit page. */
export function UnitOverview({ unit, details }: { unit: UnitEntry; details: Record<string, LessonDetails> }) {
  return (
    <div className="space-y-8" data-testid="secciones-unidad">
      {unit.sections.map((section) => (
        <section key={section.id} aria-labelledby={`seccion-${section.id}`}>
          <h2 id={`seccion-${section.id}`} className="text-xl font-semibold">
            {section.number} {section.title}
          </h2>
          <ol className="mt-3 space-y-3">
            {section.lessons.map((lesson) => {
              const detail = details[lesson.id];
              return (
                <li key={lesson.id} className="rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800">
                  <Link href={lesson.href} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
                    <span className="tabular-nums">Lección {lesson.number}</span>: {lesson.title}
                  </Link>
                  {lesson.status === 'pending' && <PendingBadge />}
                  {detail && (
                    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                      {detail.summary} <span className="whitespace-nowrap">· {detail.minutes} min</span>
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
