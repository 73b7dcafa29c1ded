import 'server-only';
import type { LessonEntry } from '@/lib/schemas/content';
import { brokenInternalLinks } from './internal-links';
import { lessonQualityProblems } from './lesson-quality';
import { parseLessonSource } from './read-lesson';
import { withoutCode } from './strip-code';
import { usedComponents } from './used-components';

export interface LessonChecks {
  /** MDX names of figures and visualizations (they satisfy the quality bar). */
  visualComponents: readonly string[];
  /** Every MDX name a lesson may use. */
  knownComponents: readonly string[];
  /** Every course path a link may point to. */
  knownPaths: ReadonlySet<string>;
}

/**
 * Everything that keeps a lesson from being published as `written`: front-matter that breaks
 * its schema or disagrees with the outline, the quality bar, unknown components and links
 * to course pages that do not exist. Empty when the lesson is ready.
 */
export function lessonProblems(source: string, lesson: LessonEntry, file: string, checks: LessonChecks): string[] {
  let body: string;
  try {
    body = parseLessonSource(source, lesson, file).body;
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  const unknown = usedComponents(body).filter((name) => !checks.knownComponents.includes(name));
  return [
    ...lessonQualityProblems(body, checks.visualComponents),
    ...unknown.map((name) => `usa el componente <${name}>, que no existe`),
    ...brokenInternalLinks(body, checks.knownPaths).map((target) => `enlaza a ${target}, que no existe`),
    ...(/^#\s/m.test(withoutCode(body)) ? ['usa un título de nivel 1 (#); el título lo pone la página'] : []),
  ];
}
