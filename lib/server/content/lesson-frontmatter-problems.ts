import 'server-only';
import type { LessonEntry, LessonFrontmatter } from '@/lib/schemas/content';

/** Where a lesson's front-matter disagrees with its entry in content/outline.yaml. */
export function lessonFrontmatterProblems(frontmatter: LessonFrontmatter, lesson: LessonEntry): string[] {
  const expected = { id: lesson.id, title: lesson.title, unit: lesson.unit.id, section: lesson.section.id, order: lesson.order };
  return (Object.keys(expected) as (keyof typeof expected)[])
    .filter((key) => frontmatter[key] !== expected[key])
    .map((key) => `${key}: se esperaba «${expected[key]}» y pone «${frontmatter[key]}»`);
}
