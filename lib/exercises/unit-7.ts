import type { Exercise } from './types';
import { stabilityExercise } from './u7-estabilidad';
import { jointStepExercise, severalStepsExercise } from './u7-muchos-pesos';
import { chainSetupExercise, gradientBeforeExercise, lossAfterStepExercise, predictionAfterStepExercise, weightStepExercise } from './u7-un-peso';

/** Exercises of Unit 7, by the name lessons and quizzes use (prefix `u7-`). */
export const unitSevenExercises: Record<string, Exercise> = {
  'u7-red-cadena': chainSetupExercise,
  'u7-gradiente-antes': gradientBeforeExercise,
  'u7-paso-peso': weightStepExercise,
  'u7-perdida-tras-paso': lossAfterStepExercise,
  'u7-prediccion-tras-paso': predictionAfterStepExercise,
  'u7-paso-conjunto': jointStepExercise,
  'u7-varios-pasos': severalStepsExercise,
  'u7-estabilidad': stabilityExercise,
};
