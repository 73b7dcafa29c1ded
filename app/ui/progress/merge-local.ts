import { MergeResultSchema, PROGRESS_LIMITS, type ProgressMap } from '@/lib/schemas/progress';
import type { EntryShelf, OutboxEntry } from './outbox-storage';
import { isRetryable, postJson, type Transport } from './transport';

// Stays under the server's body limit with room for the wrapper object.
const BATCH_BYTES = PROGRESS_LIMITS.bodyBytes - 1024;

/** Splits a visitor's log into merge requests the server accepts (by count and by size). */
export function mergeBatches(entries: OutboxEntry[]): OutboxEntry[][] {
  const batches: OutboxEntry[][] = [];
  let current: OutboxEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = JSON.stringify(entry.body).length + 1;
    if (current.length > 0 && (current.length === PROGRESS_LIMITS.mergeEvents || bytes + size > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export interface MergeOutcome {
  outcome: 'done' | 'retry' | 'anonymous';
  lessons?: ProgressMap;
}

/**
 * Sends a visitor's progress log to POST /api/progress/merge, removing each batch once the
 * server has committed it. Activity entries go back to the ordinary queue. A batch the server
 * refuses as a whole is queued event by event instead, so one bad entry cannot hold back the rest.
 */
export async function mergeLocalEntries(transport: Transport, local: EntryShelf, pending: EntryShelf): Promise<MergeOutcome> {
  const entries = local.list();
  const moveToQueue = (batch: OutboxEntry[]) => {
    for (const entry of batch) {
      pending.put(entry);
      local.remove(entry.key);
    }
  };
  moveToQueue(entries.filter((entry) => entry.kind === 'activity'));
  let lessons: ProgressMap | undefined;
  for (const batch of mergeBatches(entries.filter((entry) => entry.kind === 'progress'))) {
    let response: Response;
    try {
      response = await postJson(transport, '/api/progress/merge', { events: batch.map((entry) => entry.body) }, false);
    } catch {
      return { outcome: 'retry', lessons };
    }
    if (response.status === 401) return { outcome: 'anonymous', lessons };
    if (isRetryable(response.status)) return { outcome: 'retry', lessons };
    if (!response.ok) {
      moveToQueue(batch);
      continue;
    }
    const parsed = MergeResultSchema.safeParse(await response.json().catch(() => null));
    if (parsed.success) lessons = { ...lessons, ...parsed.data.lessons };
    for (const entry of batch) local.remove(entry.key);
  }
  return { outcome: 'done', lessons };
}
