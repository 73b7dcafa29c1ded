import Link from 'next/link';
import { UnitList } from '@/app/ui/course/unit-list';
import { getCourse, getOutline } from '@/lib/server/content/load';

export default function CourseHomePage() {
  const course = getCourse();
  const { units } = getOutline();
  const lessonCount = units.reduce((total, unit) => total + unit.sections.reduce((n, s) => n + s.lessons.length, 0), 0);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-600 dark:text-brand-300">Curso · {course.level}</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{course.title}</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">{course.description}</p>
        <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm text-slate-600 dark:text-slate-400">
          <div>
            <dt className="inline font-medium">Duración: </dt>
            <dd className="inline">{course.durationEstimate}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Contenido: </dt>
            <dd className="inline">
              {units.length} unidades, {lessonCount} lecciones
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">Requisitos: </dt>
            <dd className="inline">
              {course.prerequisites.map((p) => (p.recommended ? `${p.text} (recomendado)` : p.text)).join(', ')}
            </dd>
          </div>
        </dl>
        <Link
          href="#temario"
          className="inline-block rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700"
        >
          Empezar el curso
        </Link>
      </section>
      <section aria-labelledby="temario" className="space-y-4">
        <h2 id="temario" className="text-2xl font-semibold">
          Temario
        </h2>
        <UnitList units={units} />
      </section>
    </div>
  );
}
