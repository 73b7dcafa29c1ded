import Link from 'next/link';

/** The shape getResumePoint returns (the progress data layer on the server). */
export interface ContinuePoint {
  reason: 'continue' | 'next' | 'start' | 'finished';
  number: string;
  title: string;
  href: string;
}

const LABELS: Record<ContinuePoint['reason'], string> = {
  continue: 'Continuar donde lo dejaste',
  next: 'Seguir con la siguiente lección',
  start: 'Empezar el curso',
  finished: 'Repasar el curso',
};

/** "Continuar donde lo dejaste": a button-like link to the lesson to open next. */
export function ContinueLink({ point, compact = false }: { point: ContinuePoint; compact?: boolean }) {
  if (compact) {
    return (
      <Link href={point.href} className="text-sm text-slate-700 hover:text-brand-600 dark:text-slate-300 dark:hover:text-brand-300" title={`${point.number} ${point.title}`}>
        {LABELS[point.reason]}
      </Link>
    );
  }
  return (
    <Link href={point.href} data-testid="continuar" className="inline-flex flex-col rounded-md bg-brand-600 px-5 py-2.5 text-white hover:bg-brand-700">
      <span className="font-medium">{LABELS[point.reason]}</span>
      <span className="text-sm text-white/85">
        {point.number} · {point.title}
      </span>
    </Link>
  );
}
