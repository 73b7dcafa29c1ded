import { formatNumber } from '@/lib/exercises';
import type { Quiz, QuizQuestion } from '@/lib/schemas/quiz';
import type { RenderedAttempt } from './render';
import type { GivenAnswer, GradedQuestion, KeyEntry, PublicQuestion } from './types';

/** One question after grading: what was asked, answered and expected, and why. */
export interface QuestionFeedback {
  id: string;
  type: PublicQuestion['type'];
  prompt: string;
  /** The learner's answer in words (option texts, the steps in their order, the number typed); empty when blank. */
  given: string[];
  /** The right answer in words. */
  right: string[];
  correct: boolean;
  points: number;
  explanation: string;
  /** Why the learner's particular mistake is one: whyWrong of each wrong option picked, or the common mistake. */
  mistakes: string[];
}

export interface AttemptResult {
  attemptId: string;
  unitId: string;
  score: number;
  correctCount: number;
  questionCount: number;
  submittedAt: string;
  questions: QuestionFeedback[];
}

const textsOf = (options: { id: string; text: string }[], ids: string[]) => ids.map((id) => options.find((option) => option.id === id)?.text ?? id);
const asList = (given: GivenAnswer): string[] => (given === null ? [] : Array.isArray(given) ? given : [given]);

function rightAnswer(question: QuizQuestion, key: KeyEntry): string[] {
  if (key.type === 'numeric') return [formatNumber(key.answer, key.decimals)];
  if (question.type === 'ordering') return question.items.map((item) => item.text);
  if (question.type === 'single' || question.type === 'multiple') return textsOf(question.options, asList(key.answer as GivenAnswer));
  return [];
}

function givenAnswer(question: QuizQuestion, given: GivenAnswer): string[] {
  const ids = asList(given);
  if (question.type === 'numeric') return ids;
  return textsOf(question.type === 'ordering' ? question.items : question.options, ids);
}

function mistakes(question: QuizQuestion, key: KeyEntry, given: GivenAnswer, graded: GradedQuestion): string[] {
  if (graded.correct) return [];
  if (question.type === 'ordering' || question.type === 'numeric') return [question.commonMistake];
  const right = new Set(asList(key.answer as GivenAnswer));
  return asList(given)
    .filter((id) => !right.has(id))
    .map((id) => question.whyWrong[id])
    .filter((text): text is string => Boolean(text));
}

/** Everything the result screen shows, put together only after the attempt is graded and stored. */
export function buildFeedback(
  quiz: Quiz,
  rendered: RenderedAttempt,
  answers: ReadonlyMap<string, GivenAnswer>,
  results: readonly GradedQuestion[],
): QuestionFeedback[] {
  const byId = new Map(results.map((result) => [result.questionId, result]));
  return quiz.questions.map((question, index) => {
    const key = rendered.key.get(question.id)!;
    const given = answers.get(question.id) ?? null;
    const graded = byId.get(question.id) ?? { questionId: question.id, correct: false, points: 0 };
    return {
      id: question.id,
      type: question.type,
      prompt: rendered.questions[index]!.prompt,
      given: givenAnswer(question, given),
      right: rightAnswer(question, key),
      correct: graded.correct,
      points: graded.points,
      explanation: question.explanation,
      mistakes: mistakes(question, key, given, graded),
    };
  });
}
