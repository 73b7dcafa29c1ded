import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { COURSE_UNITS } from './course-outline';
import type { LessonVisit } from './lesson-activity';
import type { Random } from './prng';
import { gradedQuizAttempt } from './quiz-answers';

const QUESTIONS_PER_QUIZ = 6;
const OPTIONS = ['a', 'b', 'c', 'd'] as const;

/**
 * Unit quizzes, taken by most learners soon after finishing a unit's lessons; a low score
 * often leads to a second attempt. Later units are a little harder.
 */
export function quizAttemptRows(
  userId: string,
  keyPrefix: string,
  visits: LessonVisit[],
  ability: number,
  now: Date,
  random: Random,
): Prisma.QuizAttemptCreateManyInput[] {
  const rows: Prisma.QuizAttemptCreateManyInput[] = [];
  COURSE_UNITS.forEach((unit, unitIndex) => {
    const unitVisits = visits.filter((visit) => visit.unitId === unit.unitId);
    const finished = unitVisits.length === unit.lessonIds.length && unitVisits.every((visit) => visit.completed);
    const lastVisit = unitVisits.at(-1);
    if (!finished || !lastVisit || !random.chance(0.85)) return;

    let startedAt = new Date(lastVisit.at.getTime() + random.int(20, 180) * 60_000);
    let chance = ability - 0.03 * unitIndex;
    for (let attempt = 1; attempt <= 2 && startedAt.getTime() < now.getTime() - 3_600_000; attempt++) {
      const row = attemptRow(userId, `${keyPrefix}-${unit.unitId}-${attempt}`, unit.unitId, startedAt, chance, random);
      // Units without a quiz file yet still draw their numbers, so every other demo row stays the same as the quizzes arrive.
      const graded = gradedQuizAttempt(unit.unitId, row.seed, chance);
      if (graded) rows.push({ ...row, ...graded });
      if ((row.score ?? 1) >= 0.7 || !random.chance(0.6)) break;
      startedAt = new Date(startedAt.getTime() + random.int(1, 48) * 3_600_000);
      chance += 0.15; // they reviewed the unit before trying again
    }
  });
  return rows;
}

/** The attempt's timing, seed and a first draw of its score; gradedQuizAttempt then answers the real quiz. */
function attemptRow(
  userId: string,
  idempotencyKey: string,
  unitId: string,
  startedAt: Date,
  chance: number,
  random: Random,
): Prisma.QuizAttemptCreateManyInput {
  const questions = Array.from({ length: QUESTIONS_PER_QUIZ }, (_, index) => {
    const questionId = `${unitId}-p${index + 1}`;
    return { questionId, answer: random.pick(OPTIONS), correct: random.chance(chance) };
  });
  const correctCount = questions.filter((question) => question.correct).length;
  return {
    userId,
    unitId,
    seed: random.int(1, 2_147_483_647),
    status: 'SUBMITTED',
    answers: questions.map(({ questionId, answer }) => ({ questionId, answer })),
    results: questions.map(({ questionId, correct }) => ({ questionId, correct, points: correct ? 1 : 0 })),
    score: correctCount / QUESTIONS_PER_QUIZ,
    correctCount,
    questionCount: QUESTIONS_PER_QUIZ,
    idempotencyKey,
    startedAt,
    submittedAt: new Date(startedAt.getTime() + random.int(3, 15) * 60_000),
  };
}
