import 'server-only';
import type { LessonEntry, ReadingStop, UnitEntry } from '@/lib/schemas/content';
import { findLesson, findUnit, getCourseIndex } from './course-index';
import { neighbours } from './neighbours';
import { readLesson, type LessonSource } from './read-lesson';
import { getReadingOrder } from './reading-order';

export interface LessonPageData {
  lesson: LessonEntry;
  unit: UnitEntry;
  /** Null while the lesson is in preparation. */
  source: LessonSource | null;
  /** 1-based place among all lessons, and how many there are. */
  position: number;
  total: number;
  previous: ReadingStop | null;
  next: ReadingStop | null;
}

/** Everything a lesson page shows except the compiled text; null for an unknown lesson. */
export function getLessonPageData(unitSlug: string, lessonSlug: string): LessonPageData | null {
  const lesson = findLesson(unitSlug, lessonSlug);
  const unit = findUnit(unitSlug);
  if (!lesson || !unit) return null;
  const { lessons } = getCourseIndex();
  return {
    lesson,
    unit,
    source: readLesson(lesson),
    position: lessons.indexOf(lesson) + 1,
    total: lessons.length,
    ...neighbours(getReadingOrder(), lesson.href),
  };
}
