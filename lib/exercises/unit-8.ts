import type { Exercise } from './types';

/** Exercises of Unit 8, by the name lessons and quizzes use (prefix `u8-`). */
export const unitEightExercises: Record<string, Exercise> = {};
