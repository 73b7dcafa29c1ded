import type { Exercise } from './types';
import { saturatedProductExercise, sigmoidDerivativeExercise } from './u9-activaciones';
import { deadNeuronExercise, leakyGradientExercise, reluActiveExercise } from './u9-relu';

/** Exercises of Unit 9, by the name lessons and quizzes use (prefix `u9-`). */
export const unitNineExercises: Record<string, Exercise> = {
  'u9-derivada-sigmoide': sigmoidDerivativeExercise,
  'u9-producto-saturado': saturatedProductExercise,
  'u9-relu-activa': reluActiveExercise,
  'u9-neurona-muerta': deadNeuronExercise,
  'u9-leaky-gradiente': leakyGradientExercise,
};
