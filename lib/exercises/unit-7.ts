import type { Exercise } from './types';

/** Exercises of Unit 7, by the name lessons and quizzes use (prefix `u7-`). */
export const unitSevenExercises: Record<string, Exercise> = {};
