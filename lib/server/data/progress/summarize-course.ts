import 'server-only';
import type { CourseIndex } from './course-index';
import type { ProgressRow } from './read-progress-rows';
import { CourseProgressSchema, type CourseProgress } from './schemas';

const percent = (part: number, whole: number) => Math.floor((100 * part) / whole);

/** Per unit and for the whole course: lessons completed and seen, and time spent. Rows for lessons no longer in the outline are ignored. */
export function summarizeCourse(index: CourseIndex, rows: Pick<ProgressRow, 'lessonId' | 'status' | 'secondsSpent'>[]): CourseProgress {
  const byLesson = new Map(rows.map((row) => [row.lessonId, row]));
  const units = index.units.map((unit) => {
    let completed = 0;
    let seen = 0;
    let secondsSpent = 0;
    for (const id of unit.lessonIds) {
      const row = byLesson.get(id);
      if (!row) continue;
      if (row.status === 'COMPLETED') completed++;
      else seen++;
      secondsSpent += row.secondsSpent;
    }
    const total = unit.lessonIds.length;
    return { unitId: unit.id, number: unit.number, title: unit.title, completed, seen, total, percent: percent(completed, total), secondsSpent };
  });
  const completed = units.reduce((n, unit) => n + unit.completed, 0);
  const total = index.lessons.length;
  const secondsSpent = units.reduce((n, unit) => n + unit.secondsSpent, 0);
  return CourseProgressSchema.parse({ units, completed, total, percent: percent(completed, total), secondsSpent });
}
