import 'server-only';
import { cache } from 'react';
import { getCourseIndex } from './course-index';
import { pickResumePoint } from './pick-resume-point';
import { readProgressRows } from './read-progress-rows';
import { requireSelf } from './require-self';
import type { ResumePoint } from './schemas';

/**
 * "Continuar donde lo dejaste": the lesson the learner should open next. Cached per request,
 * so the header (root layout) and the home page read the learner's progress once.
 */
export const getResumePoint = cache(async (userId: string): Promise<ResumePoint> => {
  await requireSelf(userId);
  return pickResumePoint(getCourseIndex(), await readProgressRows(userId));
});
