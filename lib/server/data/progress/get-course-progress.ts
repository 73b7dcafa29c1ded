import 'server-only';
import { getCourseIndex } from './course-index';
import { readProgressRows } from './read-progress-rows';
import { requireSelf } from './require-self';
import type { CourseProgress } from './schemas';
import { summarizeCourse } from './summarize-course';

/** Lessons completed out of the total, per unit and for the course, with time spent. */
export async function getCourseProgress(userId: string): Promise<CourseProgress> {
  await requireSelf(userId);
  return summarizeCourse(getCourseIndex(), await readProgressRows(userId));
}
