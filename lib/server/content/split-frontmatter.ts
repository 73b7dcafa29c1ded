import 'server-only';
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---`-fenced YAML front-matter from an MDX file; `data` is undefined when there is none. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: undefined, body: source };
  return { data: parse(match[1] ?? ''), body: source.slice(match[0].length) };
}
