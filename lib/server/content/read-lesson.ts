import 'server-only';
import fs from 'node:fs';
import { lessonFrontmatterSchema, type LessonEntry, type LessonFrontmatter } from '@/lib/schemas/content';
import { lessonFrontmatterProblems } from './lesson-frontmatter-problems';
import { lessonFilePath } from './paths';
import { cacheForProcess } from './process-cache';
import { splitFrontmatter } from './split-frontmatter';

export interface LessonSource {
  frontmatter: LessonFrontmatter;
  body: string;
  file: string;
}

/** Parses a lesson file and holds its front-matter to the outline; throws a readable error otherwise. */
export function parseLessonSource(source: string, lesson: LessonEntry, file: string): LessonSource {
  const { data, body } = splitFrontmatter(source);
  const parsed = lessonFrontmatterSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: front-matter no válido: ${parsed.error.message}`);
  const problems = lessonFrontmatterProblems(parsed.data, lesson);
  if (problems.length > 0) throw new Error(`${file}: no coincide con content/outline.yaml: ${problems.join('; ')}`);
  return { frontmatter: parsed.data, body, file };
}

const readWritten = cacheForProcess((file: string) => fs.readFileSync(file, 'utf8'));

/** A written lesson's source; null for a lesson still in preparation. */
export function readLesson(lesson: LessonEntry): LessonSource | null {
  if (lesson.status !== 'written') return null;
  const file = lessonFilePath(lesson.unit.number, lesson.id);
  if (!fs.existsSync(file)) throw new Error(`${file}: no existe, y content/outline.yaml marca ${lesson.id} como escrita (written)`);
  return parseLessonSource(readWritten(file), lesson, file);
}
