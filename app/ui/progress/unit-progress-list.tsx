import { formatDuration } from './format-duration';
import { MasteryBadge, type MasteryValue } from './mastery-badge';
import { ProgressBar } from './progress-bar';

export interface UnitProgressItem {
  unitId: string;
  number: number;
  title: string;
  completed: number;
  seen: number;
  total: number;
  percent: number;
  secondsSpent: number;
  mastery: MasteryValue;
}

/** One row per unit on /mi-progreso: lessons completed, time spent and mastery. */
export function UnitProgressList({ units }: { units: UnitProgressItem[] }) {
  return (
    <ol className="space-y-3" data-testid="progreso-unidades">
      {units.map((unit) => (
        <li key={unit.unitId} data-unidad={unit.unitId} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">
              <span className="text-slate-500 dark:text-slate-400">Unidad {unit.number} · </span>
              {unit.title}
            </h3>
            <MasteryBadge mastery={unit.mastery} />
          </div>
          <ProgressBar value={unit.percent} label={`Unidad ${unit.number}: ${unit.percent} % completada`} className="mt-3" />
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {unit.completed} de {unit.total} lecciones completadas
            {unit.seen > 0 ? ` · ${unit.seen} ${unit.seen === 1 ? 'empezada' : 'empezadas'}` : ''} · {formatDuration(unit.secondsSpent)} de lectura
          </p>
        </li>
      ))}
    </ol>
  );
}
