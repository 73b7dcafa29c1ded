import 'server-only';
import { formatNumber } from '@/lib/exercises';
import { gradeAttempt } from '@/lib/quiz/grade';
import { renderAttempt } from '@/lib/quiz/render';
import type { GivenAnswer, KeyEntry } from '@/lib/quiz/types';
import { getQuiz } from '@/lib/server/content/quizzes';
import { createRandom } from './prng';

/** A plausible wrong answer: a wrong option, a right pick missing, two steps swapped, a number off by one. */
function wrongAnswer(entry: KeyEntry, options: string[]): GivenAnswer {
  switch (entry.type) {
    case 'single':
      return options.find((id) => id !== entry.answer) ?? null;
    case 'multiple':
      return entry.answer.slice(1).length ? entry.answer.slice(1) : options.filter((id) => !entry.answer.includes(id)).slice(0, 1);
    case 'ordering':
      return [entry.answer[1]!, entry.answer[0]!, ...entry.answer.slice(2)];
    case 'numeric':
      return formatNumber(entry.answer + 1, entry.decimals);
  }
}

const rightAnswer = (entry: KeyEntry): GivenAnswer => (entry.type === 'numeric' ? formatNumber(entry.answer, entry.decimals) : entry.answer);

/**
 * A demo attempt of a unit's real quiz, answered and graded the way the platform grades a
 * learner's (each question right with probability `chance`), in the shape the quiz pages
 * read. Null when the unit has no quiz yet. Its own generator, seeded by the attempt, keeps
 * the rest of the demo data independent of how many questions the quizzes have.
 */
export function gradedQuizAttempt(unitId: string, seed: number, chance: number) {
  const quiz = getQuiz(unitId);
  if (!quiz) return null;
  const random = createRandom(seed);
  const { questions, key } = renderAttempt(quiz, seed);
  const given = new Map<string, GivenAnswer>();
  for (const question of questions) {
    const entry = key.get(question.id)!;
    const options = question.type === 'single' || question.type === 'multiple' ? question.options.map((option) => option.id) : [];
    given.set(question.id, random.chance(chance) ? rightAnswer(entry) : wrongAnswer(entry, options));
  }
  const graded = gradeAttempt(key, given);
  return {
    answers: { submissionKey: `demo-${seed}`, given: Object.fromEntries(given) },
    results: graded.results.map((result) => ({ ...result })),
    score: graded.score,
    correctCount: graded.correctCount,
    questionCount: graded.results.length,
  };
}
