import 'server-only';
import type { AttemptResult } from '@/lib/quiz/feedback';

/**
 * A quiz request refused with a status and a Spanish sentence for the learner. A 409 carries
 * the attempt's committed result, so a second tab that submits late still sees the grade.
 */
export class QuizError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
    readonly result?: AttemptResult,
  ) {
    super(message);
    this.name = 'QuizError';
  }
}

export const attemptNotFound = () => new QuizError(404, 'Ese intento no existe o no es tuyo.');
export const quizNotFound = () => new QuizError(404, 'Esta unidad todavía no tiene cuestionario.');
