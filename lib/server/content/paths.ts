import 'server-only';
import path from 'node:path';

/** content/ at the project root, read at build time and by the server. */
export const CONTENT_DIR = path.join(process.cwd(), 'content');
export const LESSONS_DIR = path.join(CONTENT_DIR, 'lessons');
export const PAGES_DIR = path.join(CONTENT_DIR, 'pages');

/** content/lessons/u<N>/<lesson-id>.mdx */
export function lessonFilePath(unitNumber: number, lessonId: string): string {
  return path.join(LESSONS_DIR, `u${unitNumber}`, `${lessonId}.mdx`);
}

/** content/pages/<slug>.mdx */
export function pageFilePath(slug: string): string {
  return path.join(PAGES_DIR, `${slug}.mdx`);
}
