import { describe, expect, it } from 'vitest';
import { internalLinks } from '@/lib/server/content/internal-links';
import { countProseWords } from '@/lib/server/content/prose-words';
import { formatMinutes, readingMinutes } from '@/lib/server/content/reading-time';
import { splitFrontmatter } from '@/lib/server/content/split-frontmatter';
import { usedComponents } from '@/lib/server/content/used-components';

describe('countProseWords', () => {
  it('counts the words a learner reads, inside components too', () => {
    expect(countProseWords('Una red ajusta sus pesos.\n\n<Callout tipo="intuicion" titulo="no cuenta">\nDos palabras\n</Callout>')).toBe(7);
  });

  it('ignores code, math, diagrams, props and link targets', () => {
    const body = [
      'Texto [con enlace](/curso/unidad-1/una-leccion-muy-larga) y `codigo inline`.',
      '```python\nmuchas palabras de codigo aqui\n```',
      '$$\n\\frac{a}{b} = c\n$$',
      'Inline $x + y$ fin.',
      '<svg viewBox="0 0 1 1"><text>etiqueta</text></svg>',
      '<Figure pie="pie de figura largo">\n</Figure>',
    ].join('\n\n');
    expect(countProseWords(body)).toBe(6); // Texto con enlace y · Inline fin
  });

  it('keeps numbers and hyphenated words as one word each', () => {
    expect(countProseWords('La red 784-100-10 tiene 79510 parámetros.')).toBe(6);
  });
});

describe('reading time', () => {
  it('rounds up to whole minutes and never says zero', () => {
    expect([readingMinutes(0), readingMinutes(180), readingMinutes(181), readingMinutes(900)]).toEqual([1, 1, 2, 5]);
  });

  it('speaks Spanish', () => {
    expect(formatMinutes(1)).toBe('1 minuto');
    expect(formatMinutes(12)).toBe('12 minutos');
  });
});

describe('internalLinks', () => {
  it('finds course links in Markdown and href props, without fragments, skipping code and other paths', () => {
    const body = [
      '[a](/curso/unidad-1) [b](/curso/glosario#gradiente) [c](https://example.com) [d](/registro) [e](/)',
      '<Enlace href="/curso/unidad-2/x" />',
      '```md\n[f](/curso/no-cuenta)\n```',
    ].join('\n');
    expect(internalLinks(body)).toEqual(['/curso/unidad-1', '/curso/glosario', '/', '/curso/unidad-2/x']);
  });
});

describe('usedComponents', () => {
  it('lists capitalised JSX tags once, outside code', () => {
    expect(usedComponents('<Figure pie="x">\n<svg />\n</Figure>\n<Callout tipo="resumen" />\n<Figure pie="y" />\n\n```\n<NoCuenta />\n```')).toEqual(['Figure', 'Callout']);
  });
});

describe('splitFrontmatter', () => {
  it('parses YAML front-matter and returns the body after it', () => {
    expect(splitFrontmatter('---\nid: u1\norder: 2\n---\n\nTexto')).toEqual({ data: { id: 'u1', order: 2 }, body: '\nTexto' });
  });

  it('returns no data for a file without front-matter', () => {
    expect(splitFrontmatter('Solo texto\n---\n')).toEqual({ data: undefined, body: 'Solo texto\n---\n' });
  });
});
