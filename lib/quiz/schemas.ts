import { z } from 'zod';
import { idempotencyKeySchema } from '@/lib/schemas/progress';

/** Limits every quiz request is held to (the server answers 413 past the body size). */
export const QUIZ_LIMITS = {
  bodyBytes: 16 * 1024,
  questions: 40,
  /** Characters of a typed numeric answer. */
  numberText: 32,
  /** Option or item ids in one answer. */
  choices: 12,
} as const;

const missingOr = (missing: string, wrongType: string) => (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongType);

export const unitIdSchema = z
  .string({ error: missingOr('Falta la unidad.', 'La unidad debe ser un texto.') })
  .regex(/^u\d{1,2}$/, 'Esa unidad no tiene el formato esperado (u1, u2…).');

const attemptIdSchema = z
  .string({ error: missingOr('Falta el intento.', 'El id del intento debe ser un texto.') })
  .min(1, 'Falta el intento.')
  .max(40, 'Ese id de intento es demasiado largo.')
  .regex(/^[a-z0-9]+$/, 'Ese id de intento no tiene el formato esperado.');

const choiceId = z.string().min(1).max(40, 'Ese id de opción es demasiado largo.');

/** One answer: an option id, option ids, item ids in order, or the number as typed; null when left blank. */
export const givenAnswerSchema = z.union(
  [
    z.string().max(QUIZ_LIMITS.numberText, 'La respuesta es demasiado larga.'),
    z.array(choiceId).max(QUIZ_LIMITS.choices, 'Hay demasiadas opciones en la respuesta.'),
    z.null(),
  ],
  { error: 'Cada respuesta debe ser un texto, una lista de opciones o null.' },
);

/** POST /api/quiz/start: a fresh attempt of a unit's quiz; the key makes a retried start create one attempt. */
export const startAttemptSchema = z.strictObject({ unitId: unitIdSchema, key: idempotencyKeySchema });
export type StartAttemptInput = z.infer<typeof startAttemptSchema>;

/** POST /api/quiz/submit: the answers of one attempt, by question id. */
export const submitAttemptSchema = z.strictObject({
  attemptId: attemptIdSchema,
  key: idempotencyKeySchema,
  answers: z
    .record(z.string().max(80, 'Ese id de pregunta es demasiado largo.'), givenAnswerSchema, { error: 'Las respuestas deben ir en un objeto por id de pregunta.' })
    .refine((answers) => Object.keys(answers).length <= QUIZ_LIMITS.questions, `Como mucho ${QUIZ_LIMITS.questions} respuestas por intento.`),
});
export type SubmitAttemptInput = z.infer<typeof submitAttemptSchema>;
