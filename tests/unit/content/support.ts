import fs from 'node:fs';
import path from 'node:path';
import { mdxComponents, visualComponents } from '@/app/ui/mdx/components';
import { listContentPages } from '@/lib/server/content/content-pages';
import { getCourseIndex } from '@/lib/server/content/course-index';
import { coursePaths } from '@/lib/server/content/course-paths';
import type { LessonChecks } from '@/lib/server/content/lesson-problems';

/** The checks every lesson must pass, built from the real component map and course. */
export function courseLessonChecks(): LessonChecks {
  const pages = listContentPages().map((page) => page.frontmatter);
  return {
    visualComponents: Object.keys(visualComponents),
    knownComponents: Object.keys(mdxComponents),
    knownPaths: new Set(coursePaths(getCourseIndex(), pages)),
  };
}

/** Every .mdx file below `dir`, as absolute paths. */
export function mdxFilesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join(dir, name))
    .sort();
}

export const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
