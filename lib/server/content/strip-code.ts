import 'server-only';

const FENCED_CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gm;
const INLINE_CODE = /`[^`\n]+`/g;

/** MDX source without code blocks or inline code, so examples never count as prose, links or components. */
export function withoutCode(source: string): string {
  return source.replace(FENCED_CODE, '\n').replace(INLINE_CODE, ' ');
}
