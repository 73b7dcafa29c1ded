import 'server-only';
import type { LessonEntry, PageFrontmatter, ReadingStop } from '@/lib/schemas/content';
import { listContentPages } from './content-pages';
import { getCourseIndex } from './course-index';
import { pageHref } from './hrefs';
import { onceForProcess } from './process-cache';

/** The course as the outline reads it: opening pages, the 77 lessons, closing pages. */
export function buildReadingOrder(pages: PageFrontmatter[], lessons: LessonEntry[]): ReadingStop[] {
  const pageStop = (page: PageFrontmatter): ReadingStop => ({
    href: pageHref(page.slug),
    title: page.title,
    label: page.part === 'apertura' ? 'Presentación' : 'Para terminar',
  });
  return [
    ...pages.filter((page) => page.part === 'apertura').map(pageStop),
    ...lessons.map((lesson) => ({ href: lesson.href, title: lesson.title, label: `Lección ${lesson.number}` })),
    ...pages.filter((page) => page.part === 'cierre').map(pageStop),
  ];
}

export const getReadingOrder = onceForProcess(() =>
  buildReadingOrder(
    listContentPages().map((page) => page.frontmatter),
    getCourseIndex().lessons,
  ),
);
