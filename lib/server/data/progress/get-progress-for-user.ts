import 'server-only';
import type { ProgressMap } from '@/lib/schemas/progress';
import { requireRole } from '@/lib/server/auth/session';
import { readProgressMap } from './read-progress-rows';
import { requireSelf } from './require-self';

/** Lesson id → SEEN | COMPLETED for the sidebar and unit check marks; a missing lesson is not started. */
export async function getProgressForUser(userId: string): Promise<ProgressMap> {
  await requireSelf(userId);
  return readProgressMap(userId);
}

/** The signed-in learner's own map (GET /api/progress): one session check, no id to pass. */
export async function getOwnProgress(): Promise<ProgressMap> {
  const user = await requireRole();
  return readProgressMap(user.id);
}
