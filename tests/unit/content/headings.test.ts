import { describe, expect, it } from 'vitest';
import { rehypeHeadingIds, type HastNode } from '@/lib/server/content/rehype-heading-ids';
import { createSlugger, slugify } from '@/lib/server/content/slugify';
import { buildTableOfContents } from '@/lib/server/content/table-of-contents';
import type { ContentHeading } from '@/lib/schemas/content';

describe('slugify', () => {
  it('drops accents and punctuation and keeps Greek letters', () => {
    expect(slugify('¿Qué es δ?')).toBe('que-es-δ');
    expect(slugify('Predicción → error → corrección')).toBe('prediccion-error-correccion');
    expect(slugify('Qué significa “aprender”')).toBe('que-significa-aprender');
    expect(slugify('  ReLU   muerta  ')).toBe('relu-muerta');
  });

  it('numbers repeated headings within one document', () => {
    const slug = createSlugger();
    expect([slug('Resumen'), slug('Resumen'), slug('Resumen-1'), slug('¿?')]).toEqual(['resumen', 'resumen-1', 'resumen-1-1', 'seccion']);
  });
});

const heading = (tagName: string, text: string, properties: Record<string, unknown> = {}): HastNode => ({
  type: 'element',
  tagName,
  properties,
  children: [{ type: 'text', value: text }],
});

describe('rehypeHeadingIds', () => {
  it('gives h2–h6 ids, keeps an author id and reports h2 and h3 in order, nested ones included', () => {
    const tree: HastNode = {
      type: 'root',
      children: [
        heading('h2', 'Regla de la cadena'),
        { type: 'mdxJsxFlowElement', children: [heading('h3', 'Dentro de un componente')] },
        heading('h4', 'Detalle'),
        heading('h2', 'Con id', { id: 'propio' }),
        heading('p', 'No es un título'),
      ],
    };
    let reported: ContentHeading[] = [];
    rehypeHeadingIds({ onHeadings: (found) => (reported = found) })(tree);
    expect(reported).toEqual([
      { depth: 2, id: 'regla-de-la-cadena', text: 'Regla de la cadena' },
      { depth: 3, id: 'dentro-de-un-componente', text: 'Dentro de un componente' },
      { depth: 2, id: 'propio', text: 'Con id' },
    ]);
    expect(tree.children?.[2]?.properties?.id).toBe('detalle');
    expect(tree.children?.[4]?.properties?.id).toBeUndefined();
  });
});

describe('buildTableOfContents', () => {
  const h = (depth: 2 | 3, text: string): ContentHeading => ({ depth, id: slugify(text), text });

  it('is empty for a short lesson', () => {
    expect(buildTableOfContents([h(2, 'Uno'), h(3, 'Dos')])).toEqual([]);
  });

  it('nests each h3 under the h2 before it', () => {
    expect(buildTableOfContents([h(3, 'Antes'), h(2, 'A'), h(3, 'A1'), h(3, 'A2'), h(2, 'B')])).toEqual([
      { id: 'antes', text: 'Antes', children: [] },
      { id: 'a', text: 'A', children: [{ id: 'a1', text: 'A1' }, { id: 'a2', text: 'A2' }] },
      { id: 'b', text: 'B', children: [] },
    ]);
  });

  it('keeps h3s before the first h2 at the top level', () => {
    const toc = buildTableOfContents([h(3, 'X'), h(3, 'Y'), h(2, 'Z')]);
    expect(toc.map((entry) => entry.id)).toEqual(['x', 'y', 'z']);
  });
});
