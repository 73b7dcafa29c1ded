'use client';
import { useSyncExternalStore } from 'react';
import type { LessonStatus } from '@/lib/schemas/progress';
import type { SaveStatus } from './outbox';
import { getOutbox } from './progress-client';

const subscribe = (listener: () => void) => getOutbox().subscribe(listener);

/** Saving, saved, retrying or kept in this browser; "idle" on the server and before any write. */
export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(subscribe, () => getOutbox().getStatus(), () => 'idle');
}

/** The lesson's status as far as this browser knows: the server's, raised by writes not yet sent. */
export function useLessonStatus(lessonId: string): LessonStatus {
  return useSyncExternalStore(subscribe, () => getOutbox().lessonStatus(lessonId), () => 'NOT_STARTED');
}
