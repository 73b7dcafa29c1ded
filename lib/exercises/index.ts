import type { Exercise } from './types';
import { unitOneTwoExercises } from './units-1-2';
import { unitThreeFourExercises } from './units-3-4';
import { unitFiveExercises } from './unit-5';
import { unitSixExercises } from './unit-6';
import { unitSevenExercises } from './unit-7';
import { unitEightExercises } from './unit-8';
import { unitNineExercises } from './unit-9';

export { formatNumber, formatVariable, type Exercise, type ExerciseInstance } from './types';

/** Every exercise of the course by name; a name used twice is a mistake the content tests catch. */
export const exercises: Readonly<Record<string, Exercise>> = {
  ...unitOneTwoExercises,
  ...unitThreeFourExercises,
  ...unitFiveExercises,
  ...unitSixExercises,
  ...unitSevenExercises,
  ...unitEightExercises,
  ...unitNineExercises,
};
