import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/app/ui/course/breadcrumbs';
import { LessonIdProvider } from '@/app/ui/progress/lesson-context';
import { LessonProgressSlot } from '@/app/ui/course/lesson-progress-slot';
import { LessonSidebar } from '@/app/ui/course/lesson-sidebar';
import { PageHeading } from '@/app/ui/course/page-heading';
import { PendingLessonNotice } from '@/app/ui/course/pending-lesson-notice';
import { PrevNext } from '@/app/ui/course/prev-next';
import { Prose } from '@/app/ui/course/prose';
import { TableOfContents } from '@/app/ui/course/table-of-contents';
import { mdxComponents } from '@/app/ui/mdx/components';
import { compileContent } from '@/lib/server/content/compile-content';
import { getCourseIndex } from '@/lib/server/content/course-index';
import { getLessonPageData } from '@/lib/server/content/lesson-page-data';
import { quizHref } from '@/lib/server/content/quizzes';
import { formatMinutes } from '@/lib/server/content/reading-time';
import { buildTableOfContents } from '@/lib/server/content/table-of-contents';

type Params = Promise<{ unidad: string; leccion: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourseIndex().lessons.map((lesson) => ({ unidad: lesson.unit.slug, leccion: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { unidad, leccion } = await params;
  const data = getLessonPageData(unidad, leccion);
  if (!data) return {};
  const { lesson, source } = data;
  return {
    title: `${lesson.number} ${lesson.title}`,
    description:
      source?.frontmatter.summary ??
      `Lección ${lesson.number} de la unidad ${lesson.unit.number}, «${lesson.unit.title}». En preparación.`,
  };
}

export default async function LessonPage({ params }: { params: Params }) {
  const { unidad, leccion } = await params;
  const data = getLessonPageData(unidad, leccion) ?? notFound();
  const { lesson, unit, source, previous, next } = data;
  const compiled = source ? await compileContent(source.file, source.body, mdxComponents) : null;
  return (
    <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
      <LessonSidebar unit={unit} currentHref={lesson.href} quizHref={quizHref(unit.id) ?? undefined} />
      <article className="min-w-0" data-lesson-id={lesson.id}>
        <Breadcrumbs items={[{ label: 'Curso', href: '/' }, { label: `Unidad ${unit.number}`, href: unit.href }, { label: lesson.title }]} />
        <PageHeading
          eyebrow={`Lección ${lesson.number} · ${lesson.section.title}`}
          title={lesson.title}
          meta={source ? `Tiempo estimado: ${formatMinutes(source.frontmatter.minutes)}` : undefined}
        />
        {compiled ? (
          <>
            <TableOfContents entries={buildTableOfContents(compiled.headings)} />
            <LessonIdProvider lessonId={lesson.id}>
              <Prose>{compiled.content}</Prose>
            </LessonIdProvider>
            <LessonProgressSlot lessonId={lesson.id} />
          </>
        ) : (
          <PendingLessonNotice lesson={lesson} position={data.position} total={data.total} previous={previous} next={next} />
        )}
        <PrevNext previous={previous} next={next} />
      </article>
    </div>
  );
}
