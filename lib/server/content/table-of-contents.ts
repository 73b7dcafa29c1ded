import 'server-only';
import type { ContentHeading } from '@/lib/schemas/content';

export interface TocEntry {
  id: string;
  text: string;
  children: { id: string; text: string }[];
}

/** Below this many h2/h3 headings a lesson is short enough to read without a contents list. */
export const TOC_MIN_HEADINGS = 3;

/** Nests each h3 under the h2 before it; an h3 before any h2 stands on its own. */
export function buildTableOfContents(headings: readonly ContentHeading[]): TocEntry[] {
  if (headings.length < TOC_MIN_HEADINGS) return [];
  const entries: TocEntry[] = [];
  let section: TocEntry | null = null;
  for (const { depth, id, text } of headings) {
    if (depth === 3 && section) {
      section.children.push({ id, text });
      continue;
    }
    const entry: TocEntry = { id, text, children: [] };
    entries.push(entry);
    if (depth === 2) section = entry;
  }
  return entries;
}
