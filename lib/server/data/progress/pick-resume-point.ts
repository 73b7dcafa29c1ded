import 'server-only';
import type { CourseIndex, IndexedLesson } from './course-index';
import type { ProgressRow } from './read-progress-rows';
import { ResumePointSchema, type ResumePoint } from './schemas';

type Row = Pick<ProgressRow, 'lessonId' | 'status' | 'lastSeenAt' | 'completedAt'>;

const latest = <T>(items: T[], time: (item: T) => number): T | undefined =>
  items.reduce<T | undefined>((best, item) => (best === undefined || time(item) > time(best) ? item : best), undefined);

/**
 * Where to pick up: the most recently seen lesson not yet completed; else the first
 * unfinished lesson after the most recently completed one (wrapping to the start);
 * else the first lesson. Rows for lessons no longer in the outline are ignored.
 */
export function pickResumePoint(index: CourseIndex, allRows: Row[]): ResumePoint {
  const rows = allRows.filter((row) => index.byId.has(row.lessonId));
  const point = (reason: ResumePoint['reason'], lesson: IndexedLesson) =>
    ResumePointSchema.parse({ reason, lessonId: lesson.id, number: lesson.number, title: lesson.title, href: lesson.href });
  const first = index.lessons[0];
  if (!first) throw new Error('El temario no tiene lecciones.');

  const unfinished = latest(rows.filter((row) => row.status !== 'COMPLETED'), (row) => row.lastSeenAt.getTime());
  if (unfinished) return point('continue', index.byId.get(unfinished.lessonId)!);

  const lastCompleted = latest(rows, (row) => (row.completedAt ?? row.lastSeenAt).getTime());
  if (!lastCompleted) return point('start', first);

  const done = new Set(rows.map((row) => row.lessonId));
  const from = index.byId.get(lastCompleted.lessonId)!.order;
  const ordered = [...index.lessons.slice(from + 1), ...index.lessons.slice(0, from + 1)];
  const next = ordered.find((lesson) => !done.has(lesson.id));
  return next ? point('next', next) : point('finished', index.lessons[index.lessons.length - 1]!);
}
