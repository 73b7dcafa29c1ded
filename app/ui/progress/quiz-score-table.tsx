import Link from 'next/link';
import { MasteryBadge, type MasteryValue } from './mastery-badge';

export interface QuizScoreRow {
  unitId: string;
  number: number;
  title: string;
  href: string;
  attempts: number;
  best: number | null;
  latest: number | null;
  mastery: MasteryValue;
}

const percent = new Intl.NumberFormat('es-ES', { style: 'percent', maximumFractionDigits: 0 });
const score = (value: number | null) => (value === null ? '—' : percent.format(value));

/** Each unit's quiz: attempts, best and latest score, the mastery they add up to, and a link to take it. */
export function QuizScoreTable({ rows }: { rows: QuizScoreRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="tabla-cuestionarios">
        <caption className="sr-only">Tus cuestionarios por unidad</caption>
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Unidad</th>
            <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">Intentos</th>
            <th scope="col" className="py-2 pr-3 font-medium">Mejor</th>
            <th scope="col" className="py-2 pr-3 font-medium">Última</th>
            <th scope="col" className="py-2 font-medium">Dominio</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unitId} data-unidad={row.unitId} className="border-b border-slate-100 dark:border-slate-800/60">
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link href={row.href} className="text-brand-700 hover:underline dark:text-brand-300" title={row.title}>
                  Unidad {row.number}
                </Link>
              </th>
              <td className="hidden py-2 pr-3 tabular-nums sm:table-cell">{row.attempts}</td>
              <td className="py-2 pr-3 font-semibold tabular-nums">{score(row.best)}</td>
              <td className="py-2 pr-3 tabular-nums">{score(row.latest)}</td>
              <td className="py-2">
                <MasteryBadge mastery={row.mastery} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
