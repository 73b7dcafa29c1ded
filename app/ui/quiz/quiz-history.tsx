import Link from 'next/link';
import { formatDate, formatPercent } from './format';

export interface HistoryEntry {
  attemptId: string;
  submittedAt: string;
  score: number;
  correctCount: number;
  questionCount: number;
}

const SHOWN = 20;

/** The latest submitted attempts, newest first, each linking to its result. */
export function QuizHistory({ attempts, resultHref }: { attempts: HistoryEntry[]; resultHref: (attemptId: string) => string }) {
  if (attempts.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Todavía no has entregado ningún intento.</p>;
  const older = attempts.length - SHOWN;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="historial-cuestionario">
        <caption className="sr-only">Tus intentos, del más reciente al más antiguo</caption>
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Fecha</th>
            <th scope="col" className="py-2 pr-4 font-medium">Nota</th>
            <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">Correctas</th>
            <th scope="col" className="py-2 font-medium"><span className="sr-only">Detalle</span></th>
          </tr>
        </thead>
        <tbody>
          {attempts.slice(-SHOWN).reverse().map((attempt) => (
            <tr key={attempt.attemptId} className="border-b border-slate-100 dark:border-slate-800/60">
              <td className="py-2 pr-4 whitespace-nowrap">{formatDate(attempt.submittedAt)}</td>
              <td className="py-2 pr-4 font-semibold tabular-nums">{formatPercent(attempt.score)}</td>
              <td className="hidden py-2 pr-4 tabular-nums sm:table-cell">{attempt.correctCount} de {attempt.questionCount}</td>
              <td className="py-2 text-right">
                <Link href={resultHref(attempt.attemptId)} className="text-brand-700 hover:underline dark:text-brand-300">
                  Ver<span className="sr-only"> las respuestas del intento del {formatDate(attempt.submittedAt)}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {older > 0 && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Y {older === 1 ? 'un intento anterior' : `${older} intentos anteriores`}.</p>}
    </div>
  );
}
