import 'server-only';
import { withoutCode } from './strip-code';

// A JSX tag, allowing `>` inside quoted prop values.
const JSX_TAG = /<\/?[A-Za-z][\w.:-]*(?:\s+(?:[^\s"'>/=]+(?:="[^"]*"|='[^']*')?))*\s*\/?>/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * The words a learner reads in a lesson body: not code, math, diagrams, tag names, props or
 * link targets. Text inside components (a Callout's paragraphs) counts.
 */
export function countProseWords(body: string): number {
  const prose = withoutCode(body)
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(JSX_TAG, ' ');
  return prose.match(WORD)?.length ?? 0;
}
