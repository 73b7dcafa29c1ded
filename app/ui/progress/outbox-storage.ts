import type { ActivityEventInput, ProgressEvent } from '@/lib/schemas/progress';

export type OutboxEntry =
  | { kind: 'progress'; key: string; queuedAt: number; body: ProgressEvent }
  | { kind: 'activity'; key: string; queuedAt: number; body: ActivityEventInput };

/** The part of Web Storage the outbox uses, so tests and Node can pass a Map-backed one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Entries kept in localStorage, one item per entry: adding or removing one never rewrites the
 * others, so two tabs writing at once cannot lose each other's entries.
 * `pending` waits to be sent; `local` is a visitor's progress, waiting for an account to merge into.
 */
export class EntryShelf {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly prefix: string,
  ) {}

  put(entry: OutboxEntry): void {
    this.storage.setItem(this.prefix + entry.key, JSON.stringify(entry));
  }

  remove(key: string): void {
    this.storage.removeItem(this.prefix + key);
  }

  /** Every entry, oldest first; unreadable items (another version, a hand edit) are skipped. */
  list(): OutboxEntry[] {
    const entries: OutboxEntry[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const name = this.storage.key(i);
      if (!name?.startsWith(this.prefix)) continue;
      try {
        const entry = JSON.parse(this.storage.getItem(name) ?? '') as OutboxEntry;
        if (entry && typeof entry.key === 'string' && entry.body) entries.push(entry);
      } catch {
        // Not ours to repair; it stays until its owner clears it.
      }
    }
    return entries.sort((a, b) => a.queuedAt - b.queuedAt || (a.key < b.key ? -1 : 1));
  }
}

/** A Map-backed storage for Node, tests, and browsers where localStorage is unavailable. */
export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, String(value)),
    removeItem: (name) => void items.delete(name),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}
