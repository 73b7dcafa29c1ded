/**
 * A stable id for a "predice y comprueba" question, from its text: the same question keeps
 * its id across deploys, so instructors can compare answers over time. FNV-1a, 32 bits.
 */
export function questionId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `p-${hash.toString(16).padStart(8, '0')}`;
}
