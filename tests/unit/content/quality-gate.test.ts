import fs from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/app/ui/mdx/components';
import type { LessonEntry } from '@/lib/schemas/content';
import { compileContentNow } from '@/lib/server/content/compile-content';
import { lessonProblems } from '@/lib/server/content/lesson-problems';
import { LESSON_QUALITY_BAR } from '@/lib/server/content/lesson-quality';
import { countProseWords } from '@/lib/server/content/prose-words';
import { readLesson } from '@/lib/server/content/read-lesson';
import { splitFrontmatter } from '@/lib/server/content/split-frontmatter';
import { courseLessonChecks, fixture } from './support';

// The gate that a lesson must pass before outline.yaml may mark it `written`, proved on
// fixtures so that it is known to bite before many real lessons exist.
const unit = { id: 'u1', number: 1, title: 'Unidad de prueba', slug: 'unidad-1', href: '/curso/unidad-1' };
const lesson: LessonEntry = {
  id: 'u1-l1-9-1',
  number: '1.9.1',
  title: 'Lección de prueba que cumple el listón',
  slug: 'leccion-de-prueba',
  status: 'written',
  href: '/curso/unidad-1/leccion-de-prueba',
  unit,
  section: { id: 'u1-s9', number: '1.9', title: 'Sección de prueba' },
  order: 1,
};
const check = (name: string) => lessonProblems(fs.readFileSync(fixture(name), 'utf8'), lesson, name, courseLessonChecks());

describe('the lesson quality gate', () => {
  it('passes a complete lesson, which also compiles and renders', async () => {
    expect(check('lesson-passing.mdx')).toEqual([]);
    const { body } = splitFrontmatter(fs.readFileSync(fixture('lesson-passing.mdx'), 'utf8'));
    expect(countProseWords(body)).toBeGreaterThanOrEqual(LESSON_QUALITY_BAR.minWords);
    const html = renderToStaticMarkup((await compileContentNow(body, mdxComponents)).content);
    expect(html).toContain('Predice y comprueba');
    expect(html).toContain('<figcaption');
  });

  it('names every way a lesson falls short', () => {
    const problems = check('lesson-failing.mdx');
    expect(problems).toEqual([
      expect.stringMatching(/^tiene \d+ palabras de texto y necesita al menos 400$/),
      expect.stringContaining('no tiene ninguna figura ni visualización'),
      'no tiene ninguna pregunta <PrediceYComprueba>',
      'usa el componente <Grafica>, que no existe',
      'enlaza a /curso/unidad-1/leccion-inexistente, que no existe',
      'usa un título de nivel 1 (#); el título lo pone la página',
    ]);
  });

  it('rejects front-matter that disagrees with the outline', () => {
    const [problem] = check('lesson-wrong-frontmatter.mdx');
    expect(problem).toContain('no coincide con content/outline.yaml');
    expect(problem).toContain('title: se esperaba «Lección de prueba que cumple el listón»');
    expect(problem).toContain('order: se esperaba «1» y pone «2»');
  });

  it('rejects front-matter that breaks its schema', () => {
    const [problem] = check('lesson-bad-schema.mdx');
    expect(problem).toContain('front-matter no válido');
    expect(problem).toMatch(/summary|minutes|autor/);
  });

  it('fails loudly when a lesson marked written has no file', () => {
    expect(() => readLesson({ ...lesson, id: 'u1-l1-9-9' })).toThrow(/u1-l1-9-9\.mdx: no existe, y content\/outline\.yaml marca u1-l1-9-9 como escrita/);
  });

  it('reads nothing for a lesson in preparation', () => {
    expect(readLesson({ ...lesson, status: 'pending' })).toBeNull();
  });
});
