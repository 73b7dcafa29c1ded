import type { GivenAnswer } from '@/lib/quiz/types';
import { newKey } from '@/app/ui/progress/new-key';

/**
 * An attempt's answers and submission key kept in sessionStorage as the learner goes, so a
 * reload, a lost connection or a failed submission never costs an answer, and a resubmission
 * after a reload carries the same key (the server then answers with the grade it already stored).
 */
interface Stored {
  answers: Record<string, GivenAnswer>;
  submissionKey: string;
}

const storageKey = (attemptId: string) => `cuestionario:${attemptId}`;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: the answers live in memory only
  }
}

export function loadAttempt(attemptId: string): Stored {
  const raw = storage()?.getItem(storageKey(attemptId));
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<Stored>) : {};
    return { answers: parsed.answers ?? {}, submissionKey: parsed.submissionKey ?? newKey() };
  } catch {
    return { answers: {}, submissionKey: newKey() };
  }
}

export function saveAttempt(attemptId: string, stored: Stored): void {
  try {
    storage()?.setItem(storageKey(attemptId), JSON.stringify(stored));
  } catch {
    // Quota full or storage blocked: the answers still live in the page.
  }
}

export function forgetAttempt(attemptId: string): void {
  storage()?.removeItem(storageKey(attemptId));
}
