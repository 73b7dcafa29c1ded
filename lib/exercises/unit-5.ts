import type { Exercise } from './types';
import {
  blameShareExercise,
  hiddenDeltaExercise,
  inputBlameExercise,
  networkExercise,
  outputDeltaExercise,
  outputLossExercise,
  zNudgeExercise,
} from './u5-exercises';

/** Exercises of Unit 5, by the name lessons and quizzes use (prefix `u5-`); all share one seeded network. */
export const unitFiveExercises: Record<string, Exercise> = {
  'u5-red': networkExercise,
  'u5-error-salida': outputLossExercise,
  'u5-reparto-culpa': blameShareExercise,
  'u5-empujon-z': zNudgeExercise,
  'u5-delta-salida': outputDeltaExercise,
  'u5-delta-oculta': hiddenDeltaExercise,
  'u5-culpa-entrada': inputBlameExercise,
};
