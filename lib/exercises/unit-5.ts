import type { Exercise } from './types';

/** Exercises of Unit 5, by the name lessons and quizzes use (prefix `u5-`). */
export const unitFiveExercises: Record<string, Exercise> = {};
