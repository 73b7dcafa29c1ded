import Link from 'next/link';
import type { ReadingStop } from '@/lib/schemas/content';

function StopLink({ stop, direction }: { stop: ReadingStop; direction: 'previous' | 'next' }) {
  const previous = direction === 'previous';
  return (
    <Link
      href={stop.href}
      rel={previous ? 'prev' : 'next'}
      data-testid={previous ? 'anterior' : 'siguiente'}
      className={`block rounded-lg border border-slate-200 px-4 py-3 hover:border-brand-500 dark:border-slate-800 dark:hover:border-brand-300 ${previous ? '' : 'sm:text-right'}`}
    >
      <span className="block text-xs text-slate-500 dark:text-slate-400">
        {previous ? '← Anterior' : 'Siguiente →'} · {stop.label}
      </span>
      <span className="block font-medium">{stop.title}</span>
    </Link>
  );
}

/** Previous and next stops on the course's reading path. */
export function PrevNext({ previous, next }: { previous: ReadingStop | null; next: ReadingStop | null }) {
  return (
    <nav aria-label="Anterior y siguiente" className="mt-12 grid gap-3 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
      <div>{previous && <StopLink stop={previous} direction="previous" />}</div>
      <div>{next && <StopLink stop={next} direction="next" />}</div>
    </nav>
  );
}
