import type { Metadata } from 'next';
import Link from 'next/link';
import { CourseFacts } from '@/app/ui/course/course-facts';
import { JsonLdScript } from '@/app/ui/course/json-ld-script';
import { LiveDemoSlot } from '@/app/ui/course/live-demo-slot';
import { UnitList } from '@/app/ui/course/unit-list';
import { ContinueLink } from '@/app/ui/progress/continue-link';
import { getSessionUser } from '@/lib/server/auth/session';
import { getResumePoint } from '@/lib/server/data/progress/get-resume-point';
import { listContentPages } from '@/lib/server/content/content-pages';
import { courseJsonLd, serializeJsonLd } from '@/lib/server/content/course-json-ld';
import { getCourseIndex } from '@/lib/server/content/course-index';
import { pageHref } from '@/lib/server/content/hrefs';
import { getCourse } from '@/lib/server/content/load';
import { siteUrl } from '@/lib/server/content/site-url';

export function generateMetadata(): Metadata {
  const course = getCourse();
  return { title: { absolute: `${course.title} · ${course.site}` }, description: course.description, keywords: course.keywords };
}

const linkClass = 'font-medium text-brand-700 hover:underline dark:text-brand-300';

export default async function CourseHomePage() {
  const course = getCourse();
  const { units, lessons } = getCourseIndex();
  const closingPages = listContentPages().filter((page) => page.frontmatter.part === 'cierre');
  const first = lessons[0];
  const user = await getSessionUser();
  const resume = user?.role === 'LEARNER' ? await getResumePoint(user.id) : null;
  return (
    <div className="space-y-12">
      <JsonLdScript json={serializeJsonLd(courseJsonLd(course, units, siteUrl()))} />
      <section className="space-y-5">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-600 dark:text-brand-300">Curso · {course.site}</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{course.title}</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">{course.description}</p>
        <CourseFacts course={course} unitCount={units.length} lessonCount={lessons.length} />
        <div className="flex flex-wrap items-center gap-4">
          {resume && resume.reason !== 'start' ? (
            <ContinueLink point={resume} />
          ) : (
            first && (
              <Link href={first.href} className="inline-block rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
                Empezar
              </Link>
            )
          )}
          <Link href={pageHref('como-usar')} className={linkClass}>
            Cómo usar este curso
          </Link>
        </div>
      </section>

      <section aria-labelledby="demo" className="space-y-3">
        <h2 id="demo" className="text-2xl font-semibold">
          Ver cómo aprende una red neuronal
        </h2>
        <LiveDemoSlot />
        <Link href={pageHref('ver-como-aprende')} className={linkClass}>
          Qué mirar en la demostración
        </Link>
      </section>

      <section aria-labelledby="objetivos" className="space-y-3">
        <h2 id="objetivos" className="text-2xl font-semibold">
          Qué sabrás hacer al terminar
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          {course.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
        <Link href={pageHref('objetivos')} className={linkClass}>
          Objetivos del curso, unidad por unidad
        </Link>
      </section>

      <section aria-labelledby="temario" className="space-y-4">
        <h2 id="temario" className="text-2xl font-semibold">
          Temario
        </h2>
        <UnitList units={units} />
      </section>

      <section aria-labelledby="para-terminar" className="space-y-3">
        <h2 id="para-terminar" className="text-2xl font-semibold">
          Para terminar
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {closingPages.map(({ frontmatter }) => (
            <li key={frontmatter.slug}>
              <Link href={pageHref(frontmatter.slug)} className={linkClass}>
                {frontmatter.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
