import 'server-only';
import type { PageFrontmatter } from '@/lib/schemas/content';
import type { CourseIndex } from './course-index';
import { pageHref } from './hrefs';

/** Every page of the course: home, opening and closing pages, units and lessons (pending ones too). */
export function coursePaths(index: CourseIndex, pages: readonly PageFrontmatter[]): string[] {
  return [
    '/',
    ...pages.map((page) => pageHref(page.slug)),
    ...index.units.map((unit) => unit.href),
    ...index.lessons.map((lesson) => lesson.href),
  ];
}
