import { z } from 'zod';

const missingOr = (missing: string, wrongType: string) => (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongType);

/** Limits every progress and activity request is held to (the server answers 413 past the body size). */
export const PROGRESS_LIMITS = {
  bodyBytes: 16 * 1024,
  /** One time chunk: the client flushes far more often, so more than this is a bug or a forgery. */
  chunkSeconds: 300,
  mergeEvents: 100,
  activityPayloadBytes: 512,
} as const;

export const lessonIdSchema = z
  .string({ error: missingOr('Falta la lección.', 'El id de la lección debe ser un texto.') })
  .max(80, 'Ese id de lección es demasiado largo.')
  .regex(/^u\d+-l\d+-\d+-\d+$/, 'Ese id de lección no tiene el formato esperado.');

/** Chosen by the client, once per action: a retry carries the same key and changes nothing. */
export const idempotencyKeySchema = z
  .string({ error: missingOr('Falta la clave de la operación.', 'La clave de la operación debe ser un texto.') })
  .min(8, 'La clave de la operación es demasiado corta.')
  .max(64, 'La clave de la operación es demasiado larga.')
  .regex(/^[A-Za-z0-9_-]+$/, 'La clave de la operación solo admite letras, números, - y _.');

/** When it happened on the learner's device; the server clamps it to the past. */
const occurredAtSchema = z.iso.datetime({ offset: true, error: 'La fecha no es válida.' }).optional();

const eventBase = { lessonId: lessonIdSchema, key: idempotencyKeySchema, at: occurredAtSchema };

export const progressEventSchema = z.discriminatedUnion(
  'event',
  [
    z.strictObject({ ...eventBase, event: z.literal('seen') }),
    z.strictObject({ ...eventBase, event: z.literal('completed') }),
    z.strictObject({
      ...eventBase,
      event: z.literal('time'),
      seconds: z
        .number({ error: 'Los segundos deben ser un número.' })
        .int('Los segundos deben ser un número entero.')
        .min(1, 'Los segundos deben ser al menos 1.')
        .max(PROGRESS_LIMITS.chunkSeconds, `Un tramo de tiempo no puede superar ${PROGRESS_LIMITS.chunkSeconds} segundos.`),
    }),
  ],
  { error: 'El evento debe ser seen, completed o time.' },
);
export type ProgressEvent = z.infer<typeof progressEventSchema>;

/** POST /api/progress/merge: the progress a visitor kept in this browser before signing in. */
export const mergeProgressSchema = z.strictObject({
  events: z
    .array(progressEventSchema)
    .min(1, 'No hay nada que fusionar.')
    .max(PROGRESS_LIMITS.mergeEvents, `Envía como mucho ${PROGRESS_LIMITS.mergeEvents} eventos por petición.`),
});
export type MergeProgressInput = z.infer<typeof mergeProgressSchema>;

const shortSlug = z.string().min(1).max(80).regex(/^[A-Za-z0-9_.-]+$/, 'Solo letras, números, ., - y _.');

/** POST /api/activity: small facts about how a learner uses a lesson, for instructors. */
export const activityEventSchema = z
  .discriminatedUnion(
    'type',
    [
      z.strictObject({
        ...eventBase,
        type: z.literal('check.answer'),
        payload: z.strictObject({ questionId: shortSlug, correct: z.boolean({ error: 'correct debe ser verdadero o falso.' }) }),
      }),
      z.strictObject({
        ...eventBase,
        type: z.literal('viz.interact'),
        payload: z.strictObject({ widget: shortSlug, action: shortSlug }),
      }),
    ],
    { error: 'Tipo de actividad desconocido.' },
  )
  .refine((event) => JSON.stringify(event.payload).length <= PROGRESS_LIMITS.activityPayloadBytes, {
    message: 'Los datos de la actividad son demasiado grandes.',
    path: ['payload'],
  });
export type ActivityEventInput = z.infer<typeof activityEventSchema>;

export const lessonStatusSchema = z.enum(['NOT_STARTED', 'SEEN', 'COMPLETED']);
export type LessonStatus = z.infer<typeof lessonStatusSchema>;

/** One lesson's state after a write, as the API answers it. */
export const LessonStateSchema = z.object({
  lessonId: z.string(),
  status: lessonStatusSchema,
  secondsSpent: z.number().int().nonnegative(),
});
export type LessonState = z.infer<typeof LessonStateSchema>;

/** `applied` is false when the key had been applied before: a retry gets the committed state. */
export const ProgressWriteResultSchema = z.object({ applied: z.boolean(), lesson: LessonStateSchema });
export type ProgressWriteResult = z.infer<typeof ProgressWriteResultSchema>;

/** Lesson id → status; a lesson that is missing has not been started. */
export const ProgressMapSchema = z.record(z.string(), z.enum(['SEEN', 'COMPLETED']));
export type ProgressMap = z.infer<typeof ProgressMapSchema>;

export const ProgressSnapshotSchema = z.object({ lessons: ProgressMapSchema });

export const MergeResultSchema = z.object({
  received: z.number().int().nonnegative(),
  applied: z.number().int().nonnegative(),
  lessons: ProgressMapSchema,
});
export type MergeResult = z.infer<typeof MergeResultSchema>;

export const ActivityWriteResultSchema = z.object({ applied: z.boolean() });

/** Every error the progress API answers: one Spanish sentence a person can read. */
export const ApiErrorSchema = z.object({ error: z.string() });
