import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/app/ui/course/breadcrumbs';
import { PageHeading } from '@/app/ui/course/page-heading';
import { UnitOverview } from '@/app/ui/course/unit-overview';
import { findUnit, getCourseIndex } from '@/lib/server/content/course-index';
import { getLessonDetails } from '@/lib/server/content/lesson-details';
import { quizHref } from '@/lib/server/content/quizzes';
import { neighbours } from '@/lib/server/content/neighbours';

type Params = Promise<{ unidad: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourseIndex().units.map((unit) => ({ unidad: unit.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const unit = findUnit((await params).unidad);
  if (!unit) return {};
  return {
    title: `Unidad ${unit.number}: ${unit.title}`,
    description: `Unidad ${unit.number} del curso: ${unit.sections.map((section) => section.title).join(' y ')}.`,
  };
}

export default async function UnitPage({ params }: { params: Params }) {
  const unit = findUnit((await params).unidad) ?? notFound();
  const { units } = getCourseIndex();
  const quiz = quizHref(unit.id);
  const { previous, next } = neighbours(units, unit.href);
  const lessons = unit.sections.flatMap((section) => section.lessons);
  const first = lessons[0];
  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumbs items={[{ label: 'Curso', href: '/' }, { label: `Unidad ${unit.number}` }]} />
      <PageHeading eyebrow={`Unidad ${unit.number} de ${units.length}`} title={unit.title} meta={`${unit.sections.length} secciones · ${lessons.length} lecciones`} />
      {first && (
        <Link href={first.href} className="mb-8 inline-block rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
          Empezar la unidad
        </Link>
      )}
      <UnitOverview unit={unit} details={getLessonDetails()} />
      {quiz && (
        <p className="mt-8 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <Link href={quiz} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
            Cuestionario de la Unidad {unit.number}
          </Link>
          <span className="block text-sm text-slate-600 dark:text-slate-400">Comprueba lo aprendido con preguntas corregidas al momento y números nuevos en cada intento.</span>
        </p>
      )}
      <nav aria-label="Unidades anterior y siguiente" className="mt-12 flex flex-wrap justify-between gap-4 border-t border-slate-200 pt-6 text-sm dark:border-slate-800">
        {previous ? (
          <Link href={previous.href} rel="prev" className="text-brand-700 hover:underline dark:text-brand-300">
            ← Unidad {previous.number}: {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={next.href} rel="next" className="text-brand-700 hover:underline dark:text-brand-300">
            Unidad {next.number}: {next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}
