import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { COURSE_LESSONS, type OutlineLesson } from './course-outline';
import type { LearnerPlan } from './learner-plans';
import type { Random } from './prng';

/** When a learner opened a lesson and whether they finished it. */
export type LessonVisit = OutlineLesson & { at: Date; completed: boolean };

const WIDGETS = ['grafo-computacional', 'neurona', 'descenso-gradiente', 'regla-cadena', 'red-visual'] as const;
const ACTIONS = ['arrastrar', 'deslizador', 'paso-a-paso', 'reiniciar'] as const;

/** Lessons in course order, spread over the learner's active days; the last one may be unfinished. */
export function lessonVisits(plan: LearnerPlan, random: Random): LessonVisit[] {
  const start = plan.joinedAt.getTime();
  const span = plan.lastActiveAt.getTime() - start;
  const lessons = COURSE_LESSONS.slice(0, plan.lessonsReached);
  return lessons.map((lesson, index) => {
    const last = index === lessons.length - 1;
    const share = last ? 1 : (index + 0.3 + 0.4 * random.next()) / lessons.length;
    const completed = last ? !plan.midLesson : random.chance(0.93);
    return { ...lesson, at: new Date(start + share * span), completed };
  });
}

export function lessonProgressRows(userId: string, visits: LessonVisit[], random: Random) {
  return visits.map((visit): Prisma.LessonProgressCreateManyInput => {
    const secondsSpent = random.int(180, 600) + (random.chance(0.3) ? random.int(300, 1500) : 0);
    const finishedAt = new Date(visit.at.getTime() + secondsSpent * 1000);
    return {
      userId,
      lessonId: visit.lessonId,
      status: visit.completed ? 'COMPLETED' : 'SEEN',
      firstSeenAt: visit.at,
      lastSeenAt: finishedAt,
      completedAt: visit.completed ? finishedAt : null,
      secondsSpent,
    };
  });
}

/** How the learner played with each lesson's visualizations and answered its quick checks. */
export function activityEventRows(userId: string, visits: LessonVisit[], ability: number, random: Random) {
  return visits.flatMap((visit) => {
    const rows: Prisma.ActivityEventCreateManyInput[] = [];
    const at = (minutes: number) => new Date(visit.at.getTime() + minutes * 60_000);
    for (let i = random.int(0, 3); i > 0; i--) {
      rows.push({
        userId,
        type: 'viz.interact',
        lessonId: visit.lessonId,
        payload: { widget: random.pick(WIDGETS), action: random.pick(ACTIONS) },
        createdAt: at(random.int(1, 8)),
      });
    }
    const checks = random.int(0, 2);
    for (let check = 1; check <= checks; check++) {
      rows.push({
        userId,
        type: 'check.answer',
        lessonId: visit.lessonId,
        payload: { checkId: `${visit.lessonId}-c${check}`, correct: random.chance(ability) },
        createdAt: at(random.int(3, 10)),
      });
    }
    return rows;
  });
}
