import 'server-only';
import type { LessonEntry, Outline, UnitEntry } from '@/lib/schemas/content';
import { lessonHref, unitHref } from './hrefs';
import { getOutline } from './load';
import { onceForProcess } from './process-cache';

export interface CourseIndex {
  units: UnitEntry[];
  /** Every lesson in course order. */
  lessons: LessonEntry[];
}

/** Links every unit and lesson of the outline and gives each lesson its place in the course. */
export function buildCourseIndex(outline: Outline): CourseIndex {
  const units = outline.units.map((unit): UnitEntry => {
    const unitLink = { id: unit.id, number: unit.number, title: unit.title, slug: unit.slug, href: unitHref(unit.slug) };
    return {
      ...unitLink,
      sections: unit.sections.map((section) => {
        const sectionRef = { id: section.id, number: section.number, title: section.title };
        return {
          ...sectionRef,
          lessons: section.lessons.map((lesson, index) => ({
            ...lesson,
            href: lessonHref(unit.slug, lesson.slug),
            unit: unitLink,
            section: sectionRef,
            order: index + 1,
          })),
        };
      }),
    };
  });
  return { units, lessons: units.flatMap((unit) => unit.sections.flatMap((section) => section.lessons)) };
}

export const getCourseIndex = onceForProcess(() => buildCourseIndex(getOutline()));

export function findUnit(unitSlug: string): UnitEntry | undefined {
  return getCourseIndex().units.find((unit) => unit.slug === unitSlug);
}

export function findLesson(unitSlug: string, lessonSlug: string): LessonEntry | undefined {
  return getCourseIndex().lessons.find((lesson) => lesson.unit.slug === unitSlug && lesson.slug === lessonSlug);
}
