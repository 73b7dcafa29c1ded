import Link from 'next/link';
import type { LessonEntry, ReadingStop } from '@/lib/schemas/content';

interface PendingLessonNoticeProps {
  lesson: LessonEntry;
  /** 1-based place of the lesson among all lessons, and how many there are. */
  position: number;
  total: number;
  previous: ReadingStop | null;
  next: ReadingStop | null;
}

/** What a lesson that is not written yet shows: where it sits and where to go meanwhile. */
export function PendingLessonNotice({ lesson, position, total, previous, next }: PendingLessonNoticeProps) {
  return (
    <div data-testid="leccion-en-preparacion" className="space-y-3 rounded-lg border border-dashed border-slate-300 p-5 dark:border-slate-700">
      <p className="text-lg font-semibold">Esta lección está en preparación.</p>
      <p className="text-slate-700 dark:text-slate-300">
        Es la lección {position} de {total} del curso: la {lesson.order}.ª de la sección {lesson.section.number} «{lesson.section.title}», dentro de la{' '}
        <Link href={lesson.unit.href} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
          unidad {lesson.unit.number}: {lesson.unit.title}
        </Link>
        .
      </p>
      {(previous || next) && (
        <p className="text-slate-700 dark:text-slate-300">
          Mientras tanto, puedes{' '}
          {previous && (
            <>
              volver a{' '}
              <Link href={previous.href} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
                {previous.title}
              </Link>
            </>
          )}
          {previous && next && ' o '}
          {next && (
            <>
              seguir con{' '}
              <Link href={next.href} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
                {next.title}
              </Link>
            </>
          )}
          .
        </p>
      )}
    </div>
  );
}
