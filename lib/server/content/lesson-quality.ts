import 'server-only';
import { countProseWords } from './prose-words';
import { usedComponents } from './used-components';

/** What a lesson needs before it may be marked `status: written` in content/outline.yaml. */
export const LESSON_QUALITY_BAR = {
  minWords: 400,
  checkComponent: 'PrediceYComprueba',
} as const;

/**
 * Why a lesson body misses the bar, in words an author can act on; empty when it passes.
 * `visualComponents` are the MDX names that count as a figure or visualization (the
 * `visualComponents` map in app/ui/mdx/components.tsx).
 */
export function lessonQualityProblems(body: string, visualComponents: readonly string[]): string[] {
  const problems: string[] = [];
  const words = countProseWords(body);
  if (words < LESSON_QUALITY_BAR.minWords) problems.push(`tiene ${words} palabras de texto y necesita al menos ${LESSON_QUALITY_BAR.minWords}`);
  const used = usedComponents(body);
  if (!used.some((name) => visualComponents.includes(name))) problems.push(`no tiene ninguna figura ni visualización (${visualComponents.join(', ')})`);
  if (!used.includes(LESSON_QUALITY_BAR.checkComponent)) problems.push(`no tiene ninguna pregunta <${LESSON_QUALITY_BAR.checkComponent}>`);
  return problems;
}
