import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { quizSchema, type Quiz } from '@/lib/schemas/quiz';
import { getCourseIndex } from './course-index';
import { CONTENT_DIR } from './paths';
import { cacheForProcess, onceForProcess } from './process-cache';

const QUIZZES_DIR = path.join(CONTENT_DIR, 'quizzes');

/** Unit ids (u1, u2…) that have a quiz file, in unit order. */
export const quizUnitIds = onceForProcess((): string[] =>
  fs
    .readdirSync(QUIZZES_DIR)
    .map((file) => /^(u\d+)\.yaml$/.exec(file)?.[1])
    .filter((id): id is string => Boolean(id))
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
);

/**
 * A unit's quiz, checked against its schema, or null when the unit has none yet. A broken
 * file throws with its name: it is a content mistake, never the learner's.
 */
export const getQuiz = cacheForProcess((unitId: string): Quiz | null => {
  if (!quizUnitIds().includes(unitId)) return null;
  const file = path.join(QUIZZES_DIR, `${unitId}.yaml`);
  const parsed = quizSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`content/quizzes/${unitId}.yaml no es válido: ${parsed.error.message}`);
  if (parsed.data.unit !== unitId) throw new Error(`content/quizzes/${unitId}.yaml dice ser de la unidad ${parsed.data.unit}`);
  return parsed.data;
});

/** /curso/<unidad-slug>/cuestionario for a unit with a quiz, else null. */
export function quizHref(unitId: string): string | null {
  const unit = getCourseIndex().units.find((entry) => entry.id === unitId);
  return unit && getQuiz(unitId) ? `${unit.href}/cuestionario` : null;
}
