import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { courseSchema, lessonFrontmatterSchema, outlineSchema } from '@/lib/schemas/content';
import { listContentPages } from '@/lib/server/content/content-pages';
import { getCourseIndex } from '@/lib/server/content/course-index';
import { lessonProblems } from '@/lib/server/content/lesson-problems';
import { LESSONS_DIR, lessonFilePath } from '@/lib/server/content/paths';
import { splitFrontmatter } from '@/lib/server/content/split-frontmatter';
import { usedComponents } from '@/lib/server/content/used-components';
import { brokenInternalLinks } from '@/lib/server/content/internal-links';
import { courseLessonChecks, mdxFilesIn } from './support';

const root = process.cwd();
const readYaml = (file: string): unknown => parse(fs.readFileSync(path.join(root, 'content', file), 'utf8'));
const outlineMarkdown = fs.readFileSync(path.join(root, 'content/course-outline.md'), 'utf8');
const { lessons, units } = getCourseIndex();

describe('content files against their schemas', () => {
  it('content/outline.yaml and content/course.yaml', () => {
    expect(outlineSchema.safeParse(readYaml('outline.yaml')).error).toBeUndefined();
    expect(courseSchema.safeParse(readYaml('course.yaml')).error).toBeUndefined();
  });

  it('every lesson file belongs to a written lesson of the outline, at its path, with valid front-matter', () => {
    for (const file of mdxFilesIn(LESSONS_DIR)) {
      const frontmatter = lessonFrontmatterSchema.parse(splitFrontmatter(fs.readFileSync(file, 'utf8')).data);
      const lesson = lessons.find((candidate) => candidate.id === frontmatter.id);
      expect(lesson, `${file}: ${frontmatter.id} no está en el temario`).toBeDefined();
      expect(lesson?.status, `${file}: la lección está en preparación en outline.yaml`).toBe('written');
      expect(file).toBe(lessonFilePath(lesson?.unit.number ?? 0, frontmatter.id));
    }
  });

  it('every written lesson has its file and passes the quality bar, its links and components', () => {
    const checks = courseLessonChecks();
    const written = lessons.filter((lesson) => lesson.status === 'written');
    expect(written.length).toBeGreaterThan(0);
    for (const lesson of written) {
      const file = lessonFilePath(lesson.unit.number, lesson.id);
      expect(fs.existsSync(file), `falta ${file}`).toBe(true);
      expect(lessonProblems(fs.readFileSync(file, 'utf8'), lesson, file, checks), file).toEqual([]);
    }
  });
});

describe('opening and closing pages', () => {
  const pages = listContentPages();
  const outlineTitle = (heading: string) => heading.replace(/ \(opcional\)$/, '');

  it('are the six of the outline, titled as there, opening ones first', () => {
    const opening = [...outlineMarkdown.split('# Unidad 1 ')[0]!.matchAll(/^## (.+)$/gm)].map((m) => outlineTitle(m[1]!));
    const closing = [...outlineMarkdown.split('# Unidad 13 ')[1]!.matchAll(/^## (?!\d)(.+)$/gm)].map((m) => outlineTitle(m[1]!));
    expect(pages.map((page) => page.frontmatter.title)).toEqual([...opening, ...closing]);
    expect(pages.map((page) => page.frontmatter.slug)).toEqual(['objetivos', 'como-usar', 'ver-como-aprende', 'recursos', 'glosario', 'creditos']);
  });

  it('each have a route of their own that no unit slug shadows', () => {
    for (const { frontmatter } of pages) {
      expect(fs.existsSync(path.join(root, 'app/curso', frontmatter.slug, 'page.tsx')), frontmatter.slug).toBe(true);
      expect(units.map((unit) => unit.slug)).not.toContain(frontmatter.slug);
    }
  });

  it('use only known components and link only to pages that exist', () => {
    const checks = courseLessonChecks();
    for (const page of pages) {
      expect(usedComponents(page.body).filter((name) => !checks.knownComponents.includes(name)), page.file).toEqual([]);
      expect(brokenInternalLinks(page.body, checks.knownPaths), page.file).toEqual([]);
    }
  });

  it('include an alphabetical glossary of at least 25 terms and the live demo slot', () => {
    const glossary = pages.find((page) => page.frontmatter.slug === 'glosario');
    const terms = [...(glossary?.body ?? '').matchAll(/^## (.+)$/gm)].map((match) => match[1]!);
    expect(terms.length).toBeGreaterThanOrEqual(25);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'es')));
    expect(pages.find((page) => page.frontmatter.slug === 'ver-como-aprende')?.body).toContain('<DemoEnVivo />');
  });
});
