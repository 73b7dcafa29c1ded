import type { PublicQuestion } from '@/lib/quiz/types';
import { formatPercent } from './format';

const KINDS: Record<PublicQuestion['type'], [string, string]> = {
  single: ['de una respuesta', 'de una respuesta'],
  multiple: ['de varias respuestas', 'de varias respuestas'],
  ordering: ['de ordenar pasos', 'de ordenar pasos'],
  numeric: ['numérica con tus propios números', 'numéricas con tus propios números'],
};

/** What the quiz holds and, for a learner, how it went so far. */
export function QuizFacts({ types, best, latest }: { types: PublicQuestion['type'][]; best: number | null; latest: number | null }) {
  const counts = (Object.keys(KINDS) as PublicQuestion['type'][])
    .map((type) => [type, types.filter((t) => t === type).length] as const)
    .filter(([, count]) => count > 0);
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      <div className="col-span-2 rounded-lg border border-slate-200 p-3 sm:col-span-1 dark:border-slate-800">
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">Preguntas</dt>
        <dd className="mt-1 text-2xl font-bold tabular-nums">{types.length}</dd>
        <dd className="text-xs text-slate-600 dark:text-slate-400">
          {counts.map(([type, count]) => `${count} ${KINDS[type][count === 1 ? 0 : 1]}`).join(' · ')}
        </dd>
      </div>
      {best !== null && (
        <>
          <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">Mejor nota</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums" data-testid="mejor-nota">{formatPercent(best)}</dd>
          </div>
          <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">Última nota</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums">{formatPercent(latest ?? best)}</dd>
          </div>
        </>
      )}
    </dl>
  );
}
