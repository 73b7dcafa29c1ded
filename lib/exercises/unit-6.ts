import type { Exercise } from './types';

/** Exercises of Unit 6, by the name lessons and quizzes use (prefix `u6-`). */
export const unitSixExercises: Record<string, Exercise> = {};
