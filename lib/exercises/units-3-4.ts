import type { Exercise } from './types';

/** Exercises of Units 3–4, by the name lessons and quizzes use. */
export const unitThreeFourExercises: Record<string, Exercise> = {};
