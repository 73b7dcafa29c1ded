/**
 * What a quiz attempt looks like on each side of the submission. A learner's browser only
 * ever holds PublicQuestion before submitting; the AnswerKey stays on the server until
 * the attempt is graded, and QuestionResult is what comes back afterwards.
 */
export interface QuizOption {
  id: string;
  text: string;
}

interface PublicBase {
  id: string;
  prompt: string;
}

export type PublicQuestion =
  | (PublicBase & { type: 'single' | 'multiple'; options: QuizOption[] })
  | (PublicBase & { type: 'ordering'; items: QuizOption[] })
  | (PublicBase & { type: 'numeric'; decimals: number });

export type KeyEntry =
  | { type: 'single'; answer: string }
  | { type: 'multiple'; answer: string[] }
  | { type: 'ordering'; answer: string[] }
  | { type: 'numeric'; answer: number; decimals: number; tolerance: { absolute: number; relative: number } };

/** The right answer of every question of one attempt, by question id, in quiz order. */
export type AnswerKey = Map<string, KeyEntry>;

/** One learner's answer: an option id, a set of option ids, item ids in order, or the typed number as text. */
export type GivenAnswer = string | string[] | null;

export interface GradedQuestion {
  questionId: string;
  correct: boolean;
  /** 0–1; partial credit for multiple-choice and ordering questions (see grade.ts). */
  points: number;
}

export interface GradedAttempt {
  results: GradedQuestion[];
  correctCount: number;
  /** Sum of points over the number of questions, 0–1. */
  score: number;
}

/** An attempt as the learner's browser receives it: questions with their numbers, no answers. */
export interface OpenAttempt {
  attemptId: string;
  unitId: string;
  startedAt: string;
  questions: PublicQuestion[];
}
