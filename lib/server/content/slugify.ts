import 'server-only';

/**
 * A heading's anchor: lower case, accents dropped, anything else that is not a letter or a
 * digit turned into single hyphens ("¿Qué es δ?" → "que-es-δ"). Greek letters stay: they
 * are letters, valid in an id, and the course's notation.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slugger for one document: a repeated heading gets "-1", "-2"… so ids stay unique. */
export function createSlugger(): (text: string) => string {
  const used = new Set<string>();
  return (text) => {
    const base = slugify(text) || 'seccion';
    let id = base;
    for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
