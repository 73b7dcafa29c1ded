import 'server-only';
import type { ContentHeading } from '@/lib/schemas/content';
import { createSlugger } from './slugify';

/** The few hast fields this step reads (rehype-slug is not a dependency; this is its core). */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const HEADING = /^h([2-6])$/;

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Gives every h2–h6 an id from its text (keeping one an author set) and reports the h2 and
 * h3 headings in document order, for the table of contents.
 */
export function rehypeHeadingIds(options: { onHeadings?: (headings: ContentHeading[]) => void } = {}) {
  return (tree: HastNode) => {
    const slug = createSlugger();
    const headings: ContentHeading[] = [];
    const visit = (node: HastNode) => {
      const level = node.type === 'element' ? HEADING.exec(node.tagName ?? '')?.[1] : undefined;
      if (!level) return node.children?.forEach(visit);
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      const properties = (node.properties ??= {});
      const id = typeof properties.id === 'string' && properties.id !== '' ? properties.id : slug(text);
      properties.id = id;
      if (level === '2' || level === '3') headings.push({ depth: level === '2' ? 2 : 3, id, text });
    };
    visit(tree);
    options.onHeadings?.(headings);
  };
}
