import 'server-only';
import { getCourseIndex } from './course-index';
import { pickResumePoint } from './pick-resume-point';
import { readProgressRows } from './read-progress-rows';
import { requireSelf } from './require-self';
import type { ResumePoint } from './schemas';

/** "Continuar donde lo dejaste": the lesson the learner should open next. */
export async function getResumePoint(userId: string): Promise<ResumePoint> {
  await requireSelf(userId);
  return pickResumePoint(getCourseIndex(), await readProgressRows(userId));
}
