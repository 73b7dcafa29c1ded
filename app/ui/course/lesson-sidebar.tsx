import type { UnitEntry } from '@/lib/schemas/content';
import { UnitLessonNav } from './unit-lesson-nav';

/**
 * The unit's lessons beside the lesson on wide screens; on phones the same list folds into
 * a <details> above it, so it costs no JavaScript. Only one of the two is ever displayed.
 */
export function LessonSidebar({ unit, currentHref, quizHref }: { unit: UnitEntry; currentHref: string; quizHref?: string }) {
  return (
    <>
      <details className="mb-6 rounded-lg border border-slate-200 lg:hidden dark:border-slate-800">
        <summary className="cursor-pointer px-4 py-2.5 text-sm font-medium">Lecciones de la unidad {unit.number}</summary>
        <div className="border-t border-slate-200 px-2 py-3 dark:border-slate-800">
          <UnitLessonNav unit={unit} currentHref={currentHref} quizHref={quizHref} />
        </div>
      </details>
      <div className="hidden lg:sticky lg:top-4 lg:block lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto">
        <UnitLessonNav unit={unit} currentHref={currentHref} quizHref={quizHref} />
      </div>
    </>
  );
}
