import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/app/ui/mdx/components';
import { compileContentNow } from '@/lib/server/content/compile-content';
import { listContentPages } from '@/lib/server/content/content-pages';
import { getCourseIndex } from '@/lib/server/content/course-index';
import { readLesson } from '@/lib/server/content/read-lesson';

// Compiling and rendering every file catches what a schema cannot: bad math, a component
// used with the wrong props, JavaScript in the content.
const sources = [
  ...getCourseIndex().lessons.flatMap((lesson) => readLesson(lesson) ?? []),
  ...listContentPages(),
].map(({ file, body }) => [path.relative(process.cwd(), file), body] as const);

describe('every lesson and page', () => {
  it.each(sources)('%s compiles and renders without math errors', async (_file, body) => {
    const { content, headings } = await compileContentNow(body, mdxComponents);
    const html = renderToStaticMarkup(content);
    expect(html).not.toContain('katex-error');
    expect(html.length).toBeGreaterThan(500);
    const ids = headings.map((heading) => heading.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(html).toContain(`id="${id}"`);
    // The first file also loads the highlighter and its themes: seconds on a busy machine.
  }, 30_000);
});
