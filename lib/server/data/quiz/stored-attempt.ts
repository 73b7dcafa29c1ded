import 'server-only';
import { z } from 'zod';
import type { GivenAnswer, GradedQuestion } from '@/lib/quiz/types';

/** QuizAttempt.answers: the submission's key (to tell a retry from a second submission) and every answer as checked. */
const storedAnswersSchema = z.object({
  submissionKey: z.string(),
  given: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])),
});
export type StoredAnswers = z.infer<typeof storedAnswersSchema>;

/** QuizAttempt.results: one entry per question, in quiz order. */
const storedResultsSchema = z.array(z.object({ questionId: z.string(), correct: z.boolean(), points: z.number().min(0).max(1) }));

export function storedAnswers(submissionKey: string, given: ReadonlyMap<string, GivenAnswer>): StoredAnswers {
  return { submissionKey, given: Object.fromEntries(given) };
}

/** The stored answers, or none when the row predates this shape (nothing to show, nothing to break). */
export function readStoredAnswers(json: unknown): { submissionKey: string | null; given: Map<string, GivenAnswer> } {
  const parsed = storedAnswersSchema.safeParse(json);
  if (!parsed.success) return { submissionKey: null, given: new Map() };
  return { submissionKey: parsed.data.submissionKey, given: new Map(Object.entries(parsed.data.given)) };
}

export function readStoredResults(json: unknown): GradedQuestion[] {
  const parsed = storedResultsSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
}

/** The columns every quiz read needs. */
export const attemptSelect = {
  id: true,
  userId: true,
  unitId: true,
  seed: true,
  status: true,
  answers: true,
  results: true,
  score: true,
  correctCount: true,
  questionCount: true,
  startedAt: true,
  submittedAt: true,
} as const;
