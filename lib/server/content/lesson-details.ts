import 'server-only';
import { getCourseIndex } from './course-index';
import { onceForProcess } from './process-cache';
import { readLesson } from './read-lesson';

/** Summary and minutes of every written lesson, by lesson id. */
export const getLessonDetails = onceForProcess((): Record<string, { summary: string; minutes: number }> => {
  const details: Record<string, { summary: string; minutes: number }> = {};
  for (const lesson of getCourseIndex().lessons) {
    const source = readLesson(lesson);
    if (source) details[lesson.id] = { summary: source.frontmatter.summary, minutes: source.frontmatter.minutes };
  }
  return details;
});
