import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/app/ui/mdx/components';
import { compileContentNow } from '@/lib/server/content/compile-content';
import type { MdastNode } from '@/lib/server/content/mdast-node';
import { remarkPredictionGenerators } from '@/lib/server/content/remark-prediction-generators';

const render = async (source: string) => {
  const { content, headings } = await compileContentNow(source, mdxComponents);
  return { html: renderToStaticMarkup(content), headings };
};

describe('the MDX pipeline', () => {
  it('renders math to KaTeX HTML with MathML on the server', async () => {
    const { html } = await render('La regla $w \\leftarrow w - \\eta \\, \\partial L / \\partial w$.\n\n$$\n\\delta = \\frac{\\partial L}{\\partial z}\n$$\n');
    expect(html).toContain('class="katex"');
    expect(html).toContain('<math');
    expect(html).toContain('katex-display');
    expect(html).not.toContain('$');
  });

  it('colours code on the server with a light and a dark theme and no script', async () => {
    const { html } = await render('```python\ndef f(x):\n    return 2 * x\n```\n');
    expect(html).toContain('data-rehype-pretty-code-figure');
    expect(html).toMatch(/--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}/i);
    expect(html).not.toContain('<script');
  });

  it('supports GitHub tables and gives headings unique ids', async () => {
    const { html, headings } = await render('## Pérdida\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n### Pérdida\n');
    expect(html).toContain('<table>');
    expect(headings).toEqual([
      { depth: 2, id: 'perdida', text: 'Pérdida' },
      { depth: 3, id: 'perdida-1', text: 'Pérdida' },
    ]);
  });

  it.each([
    ['an expression in prose', 'Dos más dos: {2 + 2}.'],
    ['an expression prop', '<Callout tipo={"intuicion"}>Hola</Callout>'],
    ['a spread prop', '<Callout {...props}>Hola</Callout>'],
    ['an import', "import x from 'y'\n\nHola"],
  ])('refuses JavaScript: %s', async (_case, source) => {
    await expect(render(source)).rejects.toThrow(/JavaScript/);
  });

  it('allows MDX comments and escaped braces', async () => {
    const { html } = await render('{/* nota para autores */}\n\nEl conjunto \\{0, 1\\}.');
    expect(html).toContain('El conjunto {0, 1}.');
    expect(html).not.toContain('nota para autores');
  });

  it('fails the compile for a misspelt Callout kind or an unknown generator', async () => {
    await expect(render('<Callout tipo="intuición">Hola</Callout>')).rejects.toThrow(/intuicion, cuidado, resumen/);
    await expect(render('<PrediceYComprueba generador="no-existe" semilla="1" pregunta="¿?" />')).rejects.toThrow(/generador «no-existe», que no existe \(registrados: /);
  });
});

describe('remarkPredictionGenerators', () => {
  const element = (): MdastNode => ({
    type: 'mdxJsxFlowElement',
    name: 'PrediceYComprueba',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'generador', value: 'doble' },
      { type: 'mdxJsxAttribute', name: 'semilla', value: '21' },
      { type: 'mdxJsxAttribute', name: 'pregunta', value: 'Si x = {x}, ¿cuánto vale 2x?' },
    ],
  });
  const generators = { doble: (seed: number) => ({ answer: seed * 2, variables: { x: seed }, decimals: 0 }) };

  it('replaces a generator and seed with the text props of an inline numeric question', () => {
    const node = element();
    remarkPredictionGenerators({ generators })({ type: 'root', children: [node] });
    const props = Object.fromEntries((node.attributes ?? []).map((attribute) => [attribute.name, attribute.value]));
    expect(props).toEqual({ pregunta: 'Si x = 21, ¿cuánto vale 2x?', tipo: 'numero', respuesta: '42', decimales: '0', tolerancia: '0.5' });
  });

  it('rejects a seed that is not an integer', () => {
    const node = element();
    node.attributes![1]!.value = 'siete';
    expect(() => remarkPredictionGenerators({ generators })({ type: 'root', children: [node] })).toThrow(/semilla entera/);
  });
});
