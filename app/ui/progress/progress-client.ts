import { PROGRESS_LIMITS } from '@/lib/schemas/progress';
import { newKey } from './new-key';
import { Outbox } from './outbox';
import { memoryStorage, type KeyValueStorage } from './outbox-storage';

let outbox: Outbox | null = null;

function browserStorage(): KeyValueStorage {
  try {
    const probe = '__backprop_probe__';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    // Storage disabled (some private modes): progress still saves, it just does not survive a reload.
    return memoryStorage();
  }
}

/** The page's one outbox, created on first use in the browser and retried when the network returns. */
export function getOutbox(): Outbox {
  if (outbox) return outbox;
  const created = new Outbox({ storage: browserStorage(), fetch: (...args) => window.fetch(...args) });
  window.addEventListener('online', () => void created.flush());
  outbox = created;
  void created.flush();
  return created;
}

const at = () => new Date().toISOString();

export function recordLessonSeen(lessonId: string): void {
  getOutbox().enqueue({ kind: 'progress', body: { event: 'seen', lessonId, key: newKey(), at: at() } });
}

/** "Marcar como completada", and what a lesson's check questions call once they are all answered. */
export function markLessonCompleted(lessonId: string): void {
  getOutbox().enqueue({ kind: 'progress', body: { event: 'completed', lessonId, key: newKey(), at: at() } });
}

/** Splits reading time into chunks the server accepts (whole seconds, at most 300 each). */
export function timeChunks(seconds: number): number[] {
  const chunks: number[] = [];
  for (let left = Math.floor(seconds); left > 0; left -= PROGRESS_LIMITS.chunkSeconds) chunks.push(Math.min(left, PROGRESS_LIMITS.chunkSeconds));
  return chunks;
}

/**
 * Adds reading time, each chunk with its own key. `exiting` (on pagehide) sends with fetch
 * keepalive, which outlives the page; the entries stay stored in case it does not arrive.
 */
export function recordLessonTime(lessonId: string, seconds: number, { exiting = false } = {}): void {
  const box = getOutbox();
  for (const chunk of timeChunks(seconds)) {
    box.enqueue({ kind: 'progress', body: { event: 'time', lessonId, seconds: chunk, key: newKey(), at: at() } }, { send: !exiting });
  }
  if (exiting) box.sendBeforeExit();
}

/** An inline "predice y comprueba" answer, recorded as activity for the instructor dashboards. */
export function recordCheckAnswer(answer: { lessonId: string; questionId: string; correct: boolean }): void {
  const { lessonId, questionId, correct } = answer;
  getOutbox().enqueue({ kind: 'activity', body: { type: 'check.answer', lessonId, key: newKey(), at: at(), payload: { questionId, correct } } });
}
