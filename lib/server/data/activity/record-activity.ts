import 'server-only';
import { ActivityWriteResultSchema, type ActivityEventInput } from '@/lib/schemas/progress';
import { requireRole } from '@/lib/server/auth/session';
import { applyActivityEvent } from './apply-activity-event';

/** Records what the signed-in learner did in a lesson, such as answering a check question. */
export async function recordActivity(event: ActivityEventInput): Promise<{ applied: boolean }> {
  const user = await requireRole();
  return ActivityWriteResultSchema.parse({ applied: await applyActivityEvent(user.id, event) });
}
