import { z } from 'zod';

/**
 * content/quizzes/u<N>.yaml: one quiz per unit. Numeric questions name a generator
 * (lib/quiz/generators) that draws a small network from the attempt's seed and computes
 * the answer with lib/engine; `{name}` placeholders in the prompt take its variables.
 */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const option = z.object({ id, text: z.string().min(1) });
const base = {
  id,
  prompt: z.string().min(1),
  /** Why the right answer is right. */
  explanation: z.string().min(1),
};
/** Why each tempting wrong option is wrong, by option id. */
const whyWrong = z.record(z.string(), z.string().min(1));

export const singleChoiceQuestionSchema = z.object({
  ...base,
  type: z.literal('single'),
  options: z.array(option).min(2),
  answer: id,
  whyWrong,
});

export const multipleChoiceQuestionSchema = z.object({
  ...base,
  type: z.literal('multiple'),
  options: z.array(option).min(3),
  answer: z.array(id).min(1),
  whyWrong,
});

export const orderingQuestionSchema = z.object({
  ...base,
  type: z.literal('ordering'),
  /** Listed in the right order; the quiz shuffles them per attempt. */
  items: z.array(option).min(3),
  commonMistake: z.string().min(1),
});

export const numericQuestionSchema = z.object({
  ...base,
  type: z.literal('numeric'),
  generator: z.string().regex(/^[a-z0-9-]+$/),
  /** Accepted when |given − right| ≤ max(absolute, relative × |right|). */
  tolerance: z.object({ absolute: z.number().nonnegative().default(0), relative: z.number().nonnegative().default(0) }),
  /** Digits after the decimal point the learner is asked for. */
  decimals: z.number().int().min(0).max(6),
  commonMistake: z.string().min(1),
});

export const quizQuestionSchema = z.discriminatedUnion('type', [
  singleChoiceQuestionSchema,
  multipleChoiceQuestionSchema,
  orderingQuestionSchema,
  numericQuestionSchema,
]);

export const quizSchema = z
  .object({
    unit: z.string().regex(/^u\d+$/),
    title: z.string().min(1),
    questions: z.array(quizQuestionSchema).min(8),
  })
  .superRefine((quiz, ctx) => {
    const ids = quiz.questions.map((q) => q.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'ids de pregunta repetidos' });
    for (const question of quiz.questions) {
      if (question.type === 'single' || question.type === 'multiple') {
        const optionIds = new Set(question.options.map((o) => o.id));
        const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
        if (!answers.every((a) => optionIds.has(a))) ctx.addIssue({ code: 'custom', message: `${question.id}: respuesta fuera de las opciones` });
      }
    }
  });

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
