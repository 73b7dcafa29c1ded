import type { Unit } from '@/lib/schemas/content';

export function UnitList({ units }: { units: Unit[] }) {
  return (
    <ol className="grid gap-3 sm:grid-cols-2" data-testid="lista-unidades">
      {units.map((unit) => {
        const lessons = unit.sections.reduce((n, section) => n + section.lessons.length, 0);
        return (
          <li key={unit.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Unidad {unit.number}</p>
            <h3 className="mt-1 font-semibold">{unit.title}</h3>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {unit.sections.map((section) => section.title).join(' · ')} — {lessons} lecciones
            </p>
          </li>
        );
      })}
    </ol>
  );
}
