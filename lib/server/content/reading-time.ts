import 'server-only';

/** Words per minute for technical Spanish read with care; the usual 200–250 is for lighter prose. */
export const READING_WORDS_PER_MINUTE = 180;

/** Whole minutes to read `words`, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / READING_WORDS_PER_MINUTE));
}

/** "1 minuto", "12 minutos" */
export function formatMinutes(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`;
}
