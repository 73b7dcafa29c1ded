import 'server-only';
import type { StartAttemptInput, SubmitAttemptInput } from '@/lib/quiz/schemas';
import { requireRole } from '@/lib/server/auth/session';
import type { OpenAttempt } from '@/lib/quiz/types';
import { startAttempt } from './start-attempt';
import { submitAttempt, type SubmittedAttempt } from './submit-attempt';

/** Starts an attempt for the signed-in learner (401 for a visitor). */
export async function startOwnAttempt(input: StartAttemptInput): Promise<OpenAttempt> {
  const user = await requireRole();
  return startAttempt(user.id, input.unitId, input.key);
}

/** Grades and stores the signed-in learner's attempt; someone else's attempt is a 404. */
export async function submitOwnAttempt(input: SubmitAttemptInput): Promise<SubmittedAttempt> {
  const user = await requireRole();
  return submitAttempt(user.id, input);
}
