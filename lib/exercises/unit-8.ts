import type { Exercise } from './types';
import { layerNormExercise } from './u8-norma-capa';
import { derivativeProductExercise, explodingChainExercise, sigmoidChainExercise } from './u8-producto-derivadas';
import { updateRatioExercise } from './u8-razon-actualizacion';
import { threeLayersExercise } from './u8-tres-capas';

/** Exercises of Unit 8, by the name lessons and quizzes use (prefix `u8-`). */
export const unitEightExercises: Record<string, Exercise> = {
  'u8-norma-capa': layerNormExercise,
  'u8-cadena-sigmoide': sigmoidChainExercise,
  'u8-producto-derivadas': derivativeProductExercise,
  'u8-cadena-explota': explodingChainExercise,
  'u8-razon-actualizacion': updateRatioExercise,
  'u8-tres-capas': threeLayersExercise,
};
