import 'server-only';
import { lessonHref } from '@/lib/server/content/hrefs';
import { getOutline } from '@/lib/server/content/load';

export interface IndexedLesson {
  id: string;
  number: string;
  title: string;
  unitId: string;
  /** Position in the whole course, from 0. */
  order: number;
  href: string;
}

export interface IndexedUnit {
  id: string;
  number: number;
  title: string;
  lessonIds: string[];
}

export interface CourseIndex {
  lessons: IndexedLesson[];
  byId: Map<string, IndexedLesson>;
  units: IndexedUnit[];
}

// Content is fixed at build time; memoised per process because route handlers run outside
// React's request cache, where getOutline() would parse the YAML again on every write.
let memo: CourseIndex | undefined;

/** The outline flattened into course order, with each lesson's reader URL. */
export function getCourseIndex(): CourseIndex {
  memo ??= buildIndex();
  return memo;
}

function buildIndex(): CourseIndex {
  const lessons: IndexedLesson[] = [];
  const units: IndexedUnit[] = [];
  for (const unit of getOutline().units) {
    const lessonIds: string[] = [];
    for (const section of unit.sections) {
      for (const lesson of section.lessons) {
        lessonIds.push(lesson.id);
        lessons.push({
          id: lesson.id,
          number: lesson.number,
          title: lesson.title,
          unitId: unit.id,
          order: lessons.length,
          href: lessonHref(unit.slug, lesson.slug),
        });
      }
    }
    units.push({ id: unit.id, number: unit.number, title: unit.title, lessonIds });
  }
  return { lessons, byId: new Map(lessons.map((lesson) => [lesson.id, lesson])), units };
}

export class UnknownLessonError extends Error {
  constructor(readonly lessonId: string) {
    super('Esa lección no existe en el curso.');
    this.name = 'UnknownLessonError';
  }
}

/** Throws UnknownLessonError unless every id names a lesson of the outline. */
export function assertKnownLessons(lessonIds: Iterable<string>): void {
  const { byId } = getCourseIndex();
  for (const id of lessonIds) if (!byId.has(id)) throw new UnknownLessonError(id);
}
