import type { Exercise } from './types';
import { weightChangeExercise } from './u6-cambio-peso';
import { longChainExercise, pathProductExercise, pathSumExercise } from './u6-caminos';
import { localDerivativeExercise } from './u6-derivada-local';
import { nudgeExercise } from './u6-empujon';
import { propagationExercise } from './u6-propagacion';

/** Exercises of Unit 6, by the name lessons and quizzes use (prefix `u6-`). */
export const unitSixExercises: Record<string, Exercise> = {
  'u6-cambio-peso': weightChangeExercise,
  'u6-cadena-larga': longChainExercise,
  'u6-propagacion': propagationExercise,
  'u6-derivada-local': localDerivativeExercise,
  'u6-suma-caminos': pathSumExercise,
  'u6-camino-producto': pathProductExercise,
  'u6-empujon': nudgeExercise,
};
