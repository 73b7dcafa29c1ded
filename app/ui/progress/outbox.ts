import { ProgressWriteResultSchema, type ActivityEventInput, type ProgressEvent } from '@/lib/schemas/progress';
import { DEFAULT_BACKOFF, retryDelay, type BackoffOptions } from './backoff';
import { statusOfEntries } from './lesson-status';
import { mergeLocalEntries } from './merge-local';
import { OutboxState, type SessionState } from './outbox-state';
import { EntryShelf, type KeyValueStorage, type OutboxEntry } from './outbox-storage';
import { fetchSnapshot, isRetryable, postJson, type Transport } from './transport';

export type { SaveStatus, SessionState } from './outbox-state';

export interface OutboxOptions extends Transport {
  storage: KeyValueStorage;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffOptions;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const ENDPOINTS = { progress: '/api/progress', activity: '/api/activity' } as const;

/**
 * A write-ahead queue for progress and activity: every write is stored before it is sent and
 * removed only once the server has committed it, so reloads, lost connections and a server or
 * database restart drop nothing. Failures are retried with exponential backoff and jitter;
 * each entry carries its idempotency key, so a resend never counts twice.
 */
export class Outbox extends OutboxState {
  readonly pending: EntryShelf;
  readonly local: EntryShelf;
  private running: Promise<void> | null = null;
  private rerun = false;
  private attempt = 0;
  private timer: unknown = null;

  constructor(private readonly options: OutboxOptions) {
    super();
    this.pending = new EntryShelf(options.storage, 'backprop.outbox.');
    this.local = new EntryShelf(options.storage, 'backprop.local.');
    this.overlay = statusOfEntries([...this.pending.list(), ...this.local.list()]);
  }

  /** Stores a write (its body carries its idempotency key) and sends it as soon as it can. */
  enqueue(entry: { kind: 'progress'; body: ProgressEvent } | { kind: 'activity'; body: ActivityEventInput }, options: { send?: boolean } = {}): void {
    const stored = { ...entry, key: entry.body.key, queuedAt: this.now() } as OutboxEntry;
    if (stored.kind === 'progress') this.overlay = statusOfEntries([stored], this.overlay);
    if (this.session === 'anonymous') {
      this.local.put(stored);
      this.status = 'local';
      this.emit();
      return;
    }
    this.pending.put(stored);
    this.emit();
    if (options.send !== false) void this.flush();
  }

  /** Tells the outbox who is there: a visitor's writes stay in this browser until they sign in. */
  setSession(session: SessionState): void {
    this.session = session;
    if (session === 'anonymous') this.keepLocally(this.pending.list());
    this.emit();
    if (session === 'signed-in') void this.flush();
  }

  /** Lesson statuses as the server has them (GET /api/progress); also tells signed in from not. */
  async refresh(): Promise<void> {
    try {
      const response = await fetchSnapshot(this.options);
      if (response.status === 401) this.setSession('anonymous');
      else if (response.lessons) this.learn(response.lessons);
    } catch {
      // Offline: the overlay of pending writes is the best we know.
    }
  }

  /** Sends everything pending (merging a visitor's log first once signed in); one run at a time. */
  flush(): Promise<void> {
    this.rerun = true;
    this.running ??= this.run();
    return this.running;
  }

  /** On pagehide: hand every pending write to the browser, which sends it even as the page goes. */
  sendBeforeExit(): void {
    for (const entry of this.pending.list().slice(0, 40)) {
      postJson(this.options, ENDPOINTS[entry.kind], entry.body, true).then(
        (response) => response.ok && this.pending.remove(entry.key),
        () => undefined,
      );
    }
  }

  private async run(): Promise<void> {
    // Yield once so `running` is set before this can finish, even when there is nothing to send.
    await Promise.resolve();
    try {
      // The loop's last check and clearing `running` happen in one step, so no flush() is ever missed.
      while (this.rerun) {
        this.rerun = false;
        this.clearRetry();
        if ((await this.drain()) === 'retry') return this.scheduleRetry();
      }
      this.attempt = 0;
      if (this.status !== 'idle') this.setStatus(this.local.list().length > 0 ? 'local' : 'saved');
    } finally {
      this.running = null;
    }
  }

  private async drain(): Promise<'done' | 'retry'> {
    if (this.session === 'signed-in' && this.local.list().length > 0) {
      this.setStatus('saving');
      const merged = await mergeLocalEntries(this.options, this.local, this.pending);
      if (merged.lessons) this.learn(merged.lessons);
      if (merged.outcome === 'retry') return 'retry';
      if (merged.outcome === 'anonymous') this.setSession('anonymous');
    }
    for (const entry of this.pending.list()) {
      if (this.session === 'anonymous') {
        this.keepLocally([entry]);
        continue;
      }
      this.setStatus('saving');
      if ((await this.send(entry)) === 'retry') return 'retry';
    }
    return 'done';
  }

  private async send(entry: OutboxEntry): Promise<'done' | 'retry'> {
    let response: Response;
    try {
      response = await postJson(this.options, ENDPOINTS[entry.kind], entry.body, false);
    } catch {
      return 'retry';
    }
    if (response.ok) {
      this.session = 'signed-in';
      const result = ProgressWriteResultSchema.safeParse(await response.json().catch(() => null));
      const lesson = result.success ? result.data.lesson : null;
      if (lesson && lesson.status !== 'NOT_STARTED') this.learn({ [lesson.lessonId]: lesson.status });
      this.pending.remove(entry.key);
      return 'done';
    }
    if (response.status === 401) {
      this.setSession('anonymous');
      this.keepLocally([entry]);
      return 'done';
    }
    if (isRetryable(response.status)) return 'retry';
    // A write the server will never accept (a lesson removed from the course): retrying cannot help.
    console.warn(`[progreso] descartado ${entry.kind} ${entry.key}: HTTP ${response.status}`);
    this.pending.remove(entry.key);
    return 'done';
  }

  private keepLocally(entries: OutboxEntry[]): void {
    for (const entry of entries) {
      this.local.put(entry);
      this.pending.remove(entry.key);
    }
    if (entries.length > 0) this.setStatus('local');
  }

  private scheduleRetry(): void {
    const delay = retryDelay(this.attempt++, this.options.random, this.options.backoff ?? DEFAULT_BACKOFF);
    this.setStatus('retrying');
    this.clearRetry();
    this.timer = (this.options.setTimer ?? setTimeout)(() => void this.flush(), delay);
  }

  private clearRetry(): void {
    if (this.timer !== null) (this.options.clearTimer ?? ((handle) => clearTimeout(handle as number)))(this.timer);
    this.timer = null;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
