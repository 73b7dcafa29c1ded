import type { Exercise } from './types';

/** Exercises of Units 1–2, by the name lessons and quizzes use. */
export const unitOneTwoExercises: Record<string, Exercise> = {};
