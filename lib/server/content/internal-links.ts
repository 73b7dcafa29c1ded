import 'server-only';
import { withoutCode } from './strip-code';

/** Course paths (`/` and `/curso/…`) an MDX body links to, from Markdown links and href props, without #fragments. */
export function internalLinks(body: string): string[] {
  const text = withoutCode(body);
  const targets = [...text.matchAll(/\]\((\/[^)\s]*)\)/g), ...text.matchAll(/\shref="(\/[^"]*)"/g)].map((match) => match[1] ?? '');
  return targets.map((target) => target.replace(/[#?].*$/, '') || '/').filter((path) => path === '/' || path === '/curso' || path.startsWith('/curso/'));
}

/** Links in `body` to course paths that do not exist. */
export function brokenInternalLinks(body: string, knownPaths: ReadonlySet<string>): string[] {
  return internalLinks(body).filter((target) => !knownPaths.has(target));
}
