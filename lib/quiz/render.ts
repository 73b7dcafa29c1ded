import { exercises, formatVariable } from '@/lib/exercises';
import type { Quiz, QuizQuestion } from '@/lib/schemas/quiz';
import { questionSeed, shuffled, shuffledAwayFrom } from './seed';
import type { AnswerKey, KeyEntry, PublicQuestion } from './types';

export interface RenderedAttempt {
  questions: PublicQuestion[];
  key: AnswerKey;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** `{name}` placeholders of a prompt filled with the exercise's variables, written as lessons write them. */
function fillPrompt(question: QuizQuestion, variables: Record<string, number>, decimals: number): string {
  return question.prompt.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`${question.id}: el ejercicio no tiene la variable ${placeholder}`);
    return formatVariable(value, decimals);
  });
}

function renderQuestion(question: QuizQuestion, attemptSeed: number): { view: PublicQuestion; key: KeyEntry } {
  const seed = questionSeed(attemptSeed, question.id);
  const base = { id: question.id, prompt: question.prompt };
  switch (question.type) {
    case 'single':
      return { view: { ...base, type: 'single', options: shuffled(question.options, seed) }, key: { type: 'single', answer: question.answer } };
    case 'multiple':
      return { view: { ...base, type: 'multiple', options: shuffled(question.options, seed) }, key: { type: 'multiple', answer: question.answer } };
    case 'ordering':
      return {
        view: { ...base, type: 'ordering', items: shuffledAwayFrom(question.items, seed) },
        key: { type: 'ordering', answer: question.items.map((item) => item.id) },
      };
    case 'numeric': {
      const exercise = exercises[question.generator];
      if (!exercise) throw new Error(`${question.id}: no hay ningún ejercicio llamado «${question.generator}» en lib/exercises`);
      const instance = exercise(seed);
      const prompt = fillPrompt(question, instance.variables, instance.decimals ?? 2);
      return {
        view: { ...base, prompt, type: 'numeric', decimals: question.decimals },
        key: { type: 'numeric', answer: instance.answer, decimals: question.decimals, tolerance: { absolute: question.tolerance.absolute, relative: question.tolerance.relative } },
      };
    }
  }
}

/**
 * One attempt of a quiz, personalised by its seed: each numeric question runs its exercise
 * (lib/engine underneath) with a seed of its own, and options and ordering items come
 * shuffled. Pure and deterministic, so the server can rebuild the same attempt to grade it.
 */
export function renderAttempt(quiz: Quiz, attemptSeed: number): RenderedAttempt {
  const questions: PublicQuestion[] = [];
  const key: AnswerKey = new Map();
  for (const question of quiz.questions) {
    const rendered = renderQuestion(question, attemptSeed);
    questions.push(rendered.view);
    key.set(question.id, rendered.key);
  }
  return { questions, key };
}
