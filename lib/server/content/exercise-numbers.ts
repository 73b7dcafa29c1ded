import 'server-only';
import { exercises, formatVariable } from '@/lib/exercises';

/** `{{exercise-name:SEED.variable}}`, with `answer` standing for the exercise's result. */
export const EXERCISE_NUMBER = /\{\{([a-z0-9-]+):(\d+)\.([A-Za-z][A-Za-z0-9_]*)\}\}/g;

/**
 * Replaces every exercise placeholder in a lesson's source with the number the engine
 * computes for it, so no number in a worked example is typed by hand. An unknown exercise
 * or variable fails the build with the placeholder in the message.
 */
export function fillExerciseNumbers(source: string): string {
  return source.replace(EXERCISE_NUMBER, (placeholder, name: string, seed: string, variable: string) => {
    const exercise = exercises[name];
    if (!exercise) throw new Error(`${placeholder}: no hay ningún ejercicio llamado «${name}» en lib/exercises`);
    const instance = exercise(Number(seed));
    const value = variable === 'answer' ? instance.answer : instance.variables[variable];
    if (value === undefined) {
      const known = ['answer', ...Object.keys(instance.variables)].join(', ');
      throw new Error(`${placeholder}: el ejercicio «${name}» no tiene la variable «${variable}» (tiene: ${known})`);
    }
    return formatVariable(value, instance.decimals);
  });
}
