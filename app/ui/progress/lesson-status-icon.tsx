export type LessonStatusValue = 'NOT_STARTED' | 'SEEN' | 'COMPLETED';

const LABELS: Record<LessonStatusValue, string> = {
  NOT_STARTED: 'Sin empezar',
  SEEN: 'Empezada',
  COMPLETED: 'Completada',
};

/**
 * A lesson's state as a small icon: an empty ring, a half-filled ring, or a check mark.
 * `decorative` hides it from screen readers when the text beside it already says the state.
 */
export function LessonStatusIcon({ status, className = '', decorative = false }: { status: LessonStatusValue; className?: string; decorative?: boolean }) {
  const a11y = decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': LABELS[status] };
  return (
    <svg viewBox="0 0 16 16" {...a11y} data-estado={status} className={`inline-block size-4 shrink-0 ${className}`}>
      {!decorative && <title>{LABELS[status]}</title>}
      {status === 'COMPLETED' ? (
        <>
          <circle cx="8" cy="8" r="7.5" className="fill-emerald-600 dark:fill-emerald-500" />
          <path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="white" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : (
        <>
          <circle cx="8" cy="8" r="6.75" fill="none" strokeWidth="1.5" className="stroke-slate-400 dark:stroke-slate-500" />
          {status === 'SEEN' && <path d="M8 1.25a6.75 6.75 0 0 1 0 13.5z" className="fill-brand-600 dark:fill-brand-300" />}
        </>
      )}
    </svg>
  );
}
