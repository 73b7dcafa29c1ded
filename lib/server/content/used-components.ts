import 'server-only';
import { withoutCode } from './strip-code';

/** Names of the components (capitalised JSX tags) an MDX body uses, each once, in order of first use. */
export function usedComponents(body: string): string[] {
  const names = [...withoutCode(body).matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)].map((match) => match[1] ?? '');
  return [...new Set(names)];
}
