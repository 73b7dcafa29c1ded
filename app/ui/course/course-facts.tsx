import type { Course } from '@/lib/schemas/content';

interface CourseFactsProps {
  course: Course;
  unitCount: number;
  lessonCount: number;
}

/** Level, length, contents, prerequisites and audience, at a glance. */
export function CourseFacts({ course, unitCount, lessonCount }: CourseFactsProps) {
  const facts = [
    { term: 'Nivel', detail: course.level },
    { term: 'Duración estimada', detail: course.durationEstimate },
    { term: 'Contenido', detail: `${unitCount} unidades, ${lessonCount} lecciones` },
    { term: 'Requisitos', detail: course.prerequisites.map((p) => (p.recommended ? `${p.text} (recomendado)` : p.text)).join(' · ') },
    { term: 'Para quién es', detail: course.audience.join(' · ') },
  ];
  return (
    <dl className="grid gap-x-8 gap-y-3 text-sm sm:grid-cols-2">
      {facts.map(({ term, detail }) => (
        <div key={term}>
          <dt className="font-medium text-slate-900 dark:text-slate-100">{term}</dt>
          <dd className="text-slate-600 dark:text-slate-400">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
