import { formatDuration } from './format-duration';
import { ProgressBar } from './progress-bar';

/** The whole course at a glance: percent complete, lessons and total reading time. */
export function CourseSummary({ completed, total, percent, secondsSpent }: { completed: number; total: number; percent: number; secondsSpent: number }) {
  return (
    <section aria-labelledby="resumen-curso" className="space-y-3 rounded-lg border border-slate-200 p-5 dark:border-slate-800">
      <h2 id="resumen-curso" className="text-lg font-semibold">
        Has completado el {percent} % del curso
      </h2>
      <ProgressBar value={percent} label={`Curso: ${percent} % completado`} className="h-3" />
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="resumen-curso">
        {completed} de {total} lecciones · {formatDuration(secondsSpent)} de lectura en total
      </p>
    </section>
  );
}
