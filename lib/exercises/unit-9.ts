import type { Exercise } from './types';

/** Exercises of Unit 9, by the name lessons and quizzes use (prefix `u9-`). */
export const unitNineExercises: Record<string, Exercise> = {};
