import { describe, expect, it } from 'vitest';
import type { PageFrontmatter } from '@/lib/schemas/content';
import { listContentPages } from '@/lib/server/content/content-pages';
import { courseJsonLd, serializeJsonLd } from '@/lib/server/content/course-json-ld';
import { buildCourseIndex, getCourseIndex } from '@/lib/server/content/course-index';
import { coursePaths } from '@/lib/server/content/course-paths';
import { getCourse, getOutline } from '@/lib/server/content/load';
import { neighbours } from '@/lib/server/content/neighbours';
import { buildReadingOrder } from '@/lib/server/content/reading-order';

describe('buildCourseIndex', () => {
  const { units, lessons } = buildCourseIndex(getOutline());

  it('links every unit and lesson and numbers lessons within their section', () => {
    expect(units[0]?.href).toBe('/curso/unidad-1');
    expect(lessons[0]).toMatchObject({ href: '/curso/unidad-1/por-que-ajustar-pesos-es-dificil', order: 1, section: { id: 'u1-s1' }, unit: { slug: 'unidad-1' } });
    for (const lesson of lessons) expect(lesson.number.endsWith(`.${lesson.order}`)).toBe(true);
  });
});

describe('neighbours', () => {
  const stops = [{ href: '/a' }, { href: '/b' }, { href: '/c' }];

  it('gives the stops on either side, and nothing past the ends', () => {
    expect(neighbours(stops, '/a')).toEqual({ previous: null, next: { href: '/b' } });
    expect(neighbours(stops, '/b')).toEqual({ previous: { href: '/a' }, next: { href: '/c' } });
    expect(neighbours(stops, '/c')).toEqual({ previous: { href: '/b' }, next: null });
  });

  it('gives nothing for a page that is not on the path', () => {
    expect(neighbours(stops, '/z')).toEqual({ previous: null, next: null });
  });
});

describe('buildReadingOrder', () => {
  const page = (slug: string, part: PageFrontmatter['part']): PageFrontmatter => ({ slug, title: slug, description: '', part, order: 1 });

  it('reads opening pages, then every lesson, then closing pages', () => {
    const { lessons } = getCourseIndex();
    const order = buildReadingOrder([page('fin', 'cierre'), page('inicio', 'apertura')], lessons);
    expect(order).toHaveLength(lessons.length + 2);
    expect(order[0]).toEqual({ href: '/curso/inicio', title: 'inicio', label: 'Presentación' });
    expect(order[1]).toEqual({ href: lessons[0]!.href, title: lessons[0]!.title, label: 'Lección 1.1.1' });
    expect(order.at(-1)).toEqual({ href: '/curso/fin', title: 'fin', label: 'Para terminar' });
  });
});

describe('coursePaths and JSON-LD', () => {
  const index = getCourseIndex();

  it('lists the home, 6 pages, 13 units and 77 lessons, each once', () => {
    const paths = coursePaths(index, listContentPages().map((page) => page.frontmatter));
    expect(paths).toHaveLength(1 + 6 + 13 + 77);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('describes the course as a schema.org Course and cannot close its script tag', () => {
    const course = { ...getCourse(), description: 'Antes </script><script>alert(1)</script> después' };
    const json = serializeJsonLd(courseJsonLd(course, index.units, 'https://ejemplo.es'));
    expect(json).not.toContain('<');
    const data = JSON.parse(json);
    expect(data).toMatchObject({ '@type': 'Course', name: course.title, url: 'https://ejemplo.es/', inLanguage: 'es' });
    expect(data.description).toBe(course.description);
    expect(data.syllabusSections).toHaveLength(13);
  });
});
