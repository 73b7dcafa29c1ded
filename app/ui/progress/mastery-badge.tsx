export type MasteryValue = 'NO_QUIZ' | 'NOT_STARTED' | 'FAMILIAR' | 'PROFICIENT' | 'MASTERED';

const LABELS: Record<MasteryValue, string> = {
  NO_QUIZ: 'Sin cuestionario aún',
  NOT_STARTED: 'Sin empezar',
  FAMILIAR: 'Familiarizado',
  PROFICIENT: 'Competente',
  MASTERED: 'Dominado',
};

const TONES: Record<MasteryValue, string> = {
  NO_QUIZ: 'bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-400',
  NOT_STARTED: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  FAMILIAR: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  PROFICIENT: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300',
  MASTERED: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
};

/** A unit's mastery from its quiz; units without a quiz yet say so. */
export function MasteryBadge({ mastery }: { mastery: MasteryValue }) {
  return (
    <span data-dominio={mastery} className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${TONES[mastery]}`}>
      {LABELS[mastery]}
    </span>
  );
}
