import 'server-only';
import type { MergeProgressInput, MergeResult, ProgressEvent, ProgressWriteResult } from '@/lib/schemas/progress';
import { MergeResultSchema } from '@/lib/schemas/progress';
import { requireRole } from '@/lib/server/auth/session';
import { applyProgressEvents } from './apply-progress-events';
import { readProgressMap } from './read-progress-rows';
import { writeLessonProgress } from './write-lesson-progress';

/** Records one progress event for the signed-in learner (401 for a visitor). */
export async function recordProgress(event: ProgressEvent): Promise<ProgressWriteResult> {
  const user = await requireRole();
  return writeLessonProgress(user.id, event);
}

/**
 * Folds the progress a visitor kept in this browser into the signed-in account. Each event
 * carries its own key, so merging the same log twice, or from two tabs at once, adds nothing twice.
 */
export async function mergeProgress(input: MergeProgressInput): Promise<MergeResult> {
  const user = await requireRole();
  const rows = await applyProgressEvents(user.id, input.events);
  const applied = rows[0]?.applied ?? 0;
  return MergeResultSchema.parse({ received: input.events.length, applied, lessons: await readProgressMap(user.id) });
}
