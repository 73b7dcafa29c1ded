import { describe, expect, it } from 'vitest';
import { mergeBatches } from '@/app/ui/progress/merge-local';
import type { OutboxEntry } from '@/app/ui/progress/outbox-storage';
import { mergeProgressSchema, PROGRESS_LIMITS } from '@/lib/schemas/progress';

const entry = (i: number): OutboxEntry => ({
  kind: 'progress',
  key: `k-${String(i).padStart(40, '0')}`,
  queuedAt: i,
  body: { event: 'time', lessonId: 'u10-l10-2-3', seconds: 300, key: `k-${String(i).padStart(40, '0')}`, at: '2026-05-01T10:00:00.000Z' },
});

describe('mergeBatches', () => {
  it('splits a long log into requests under the count and size limits, keeping every entry once and in order', () => {
    const entries = Array.from({ length: 450 }, (_, i) => entry(i));
    const batches = mergeBatches(entries);
    expect(batches.flat()).toEqual(entries);
    for (const batch of batches) {
      const body = JSON.stringify({ events: batch.map((e) => e.body) });
      expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(PROGRESS_LIMITS.bodyBytes);
      expect(mergeProgressSchema.safeParse(JSON.parse(body)).success).toBe(true);
    }
  });

  it('sends nothing for an empty log', () => {
    expect(mergeBatches([])).toEqual([]);
  });
});
