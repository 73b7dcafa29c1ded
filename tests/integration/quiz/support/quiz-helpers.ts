import { NextRequest } from 'next/server';
import { formatNumber } from '@/lib/exercises';
import { renderAttempt } from '@/lib/quiz/render';
import type { GivenAnswer, KeyEntry } from '@/lib/quiz/types';
import { getQuiz } from '@/lib/server/content/quizzes';
import { db } from '@/lib/server/db';

export const jsonRequest = (path: string, body: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The answer a learner who knows everything gives, written with a decimal comma as a Spanish keyboard would. */
export function rightAnswer(entry: KeyEntry): GivenAnswer {
  return entry.type === 'numeric' ? formatNumber(entry.answer, entry.decimals).replace('.', ',') : entry.answer;
}

/** The attempt's key, rebuilt from the seed the database holds (the browser never sees it). */
export async function answerKey(attemptId: string) {
  const row = await db().quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { unitId: true, seed: true } });
  return renderAttempt(getQuiz(row.unitId)!, row.seed).key;
}

/** Every question answered right. */
export async function perfectAnswers(attemptId: string): Promise<Record<string, GivenAnswer>> {
  return Object.fromEntries([...(await answerKey(attemptId))].map(([id, entry]) => [id, rightAnswer(entry)]));
}

/** Right on every question except the first single-choice one, answered with a wrong option. */
export async function oneWrong(attemptId: string): Promise<{ answers: Record<string, GivenAnswer>; wrongId: string; wrongOption: string }> {
  const answers = await perfectAnswers(attemptId);
  const [wrongId, entry] = [...(await answerKey(attemptId))].find(([, e]) => e.type === 'single')!;
  const quiz = getQuiz('u1')!;
  const question = quiz.questions.find((q) => q.id === wrongId)!;
  const wrongOption = question.type === 'single' ? Object.keys(question.whyWrong)[0]! : '';
  if (entry.type === 'single' && wrongOption === entry.answer) throw new Error('whyWrong names the right option');
  return { answers: { ...answers, [wrongId]: wrongOption }, wrongId, wrongOption };
}

export const attemptRow = (id: string) => db().quizAttempt.findUniqueOrThrow({ where: { id } });
