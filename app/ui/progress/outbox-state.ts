import type { LessonStatus, ProgressMap } from '@/lib/schemas/progress';
import { higherStatus } from './lesson-status';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'local';
export type SessionState = 'unknown' | 'signed-in' | 'anonymous';

/**
 * What the interface reads from the outbox, as an external store (useSyncExternalStore):
 * the save status, and each lesson's status as the server has it, raised by writes not yet sent.
 */
export class OutboxState {
  protected status: SaveStatus = 'idle';
  protected session: SessionState = 'unknown';
  protected overlay = new Map<string, LessonStatus>();
  private known: ProgressMap = {};
  private listeners = new Set<() => void>();

  getStatus = (): SaveStatus => this.status;
  getSession = (): SessionState => this.session;
  lessonStatus = (lessonId: string): LessonStatus => higherStatus(this.known[lessonId] ?? 'NOT_STARTED', this.overlay.get(lessonId));
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  protected learn(lessons: ProgressMap): void {
    this.known = { ...this.known, ...lessons };
    this.emit();
  }

  protected setStatus(status: SaveStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.emit();
  }

  protected emit(): void {
    for (const listener of this.listeners) listener();
  }
}
