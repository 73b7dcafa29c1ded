import Link from 'next/link';
import type { UnitEntry } from '@/lib/schemas/content';
import { PendingBadge } from './pending-badge';

/** The syllabus on the home page: the 13 units (the list's direct items), their sections and lessons. */
export function UnitList({ units }: { units: UnitEntry[] }) {
  return (
    <ol className="space-y-4" data-testid="lista-unidades">
      {units.map((unit) => (
        <li key={unit.id} className="rounded-lg border border-slate-200 p-4 sm:p-5 dark:border-slate-800">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Unidad {unit.number}</p>
          <h3 className="mt-1 text-lg font-semibold">
            <Link href={unit.href} className="hover:text-brand-600 hover:underline dark:hover:text-brand-300">
              {unit.title}
            </Link>
          </h3>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {unit.sections.map((section) => (
              <div key={section.id}>
                <h4 className="text-sm font-medium text-slate-700 dark:text-slate-300">
                  {section.number} {section.title}
                </h4>
                <ol className="mt-1 space-y-1 text-sm">
                  {section.lessons.map((lesson) => (
                    <li key={lesson.id}>
                      <Link href={lesson.href} className="text-brand-700 hover:underline dark:text-brand-300">
                        <span className="tabular-nums">{lesson.number}</span> {lesson.title}
                      </Link>
                      {lesson.status === 'pending' && <PendingBadge />}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
