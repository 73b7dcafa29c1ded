import 'server-only';
import { getCourseIndex } from './course-index';
import { masteryFor, type UnitQuizResult } from './mastery';
import { pickResumePoint } from './pick-resume-point';
import { readProgressRows } from './read-progress-rows';
import { requireSelf } from './require-self';
import { LearnerDashboardSchema, type LearnerDashboard } from './schemas';
import { summarizeCourse } from './summarize-course';

/**
 * Everything /mi-progreso shows. Pass one quiz result per unit that has a quiz to get its
 * mastery; units left out read NO_QUIZ.
 */
export async function getLearnerDashboard(userId: string, options: { quizResults?: UnitQuizResult[] } = {}): Promise<LearnerDashboard> {
  await requireSelf(userId);
  const index = getCourseIndex();
  const rows = await readProgressRows(userId);
  const course = summarizeCourse(index, rows);
  const quizzes = new Map((options.quizResults ?? []).map((result) => [result.unitId, result]));
  const units = course.units.map((unit) => {
    const quiz = quizzes.get(unit.unitId);
    return { ...unit, mastery: masteryFor(quiz), bestQuizScore: quiz?.bestScore ?? null, latestQuizScore: quiz?.latestScore ?? quiz?.bestScore ?? null };
  });
  return LearnerDashboardSchema.parse({ course, units, next: pickResumePoint(index, rows) });
}
