import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { activityEventRows, lessonProgressRows, lessonVisits } from './lesson-activity';
import type { LearnerPlan } from './learner-plans';
import type { Random } from './prng';
import { submissionRows } from './project-submissions';
import { quizAttemptRows } from './quiz-attempts';

export type DemoRows = {
  progress: Prisma.LessonProgressCreateManyInput[];
  quizzes: Prisma.QuizAttemptCreateManyInput[];
  submissions: Prisma.SubmissionCreateManyInput[];
  events: Prisma.ActivityEventCreateManyInput[];
  /** The latest moment each user did something, for User.lastActiveAt. */
  lastActive: Map<string, Date>;
};

/** Every activity row for the given learners (user ids in the same order as plans). */
export function demoRows(plans: { plan: LearnerPlan; userId: string }[], now: Date, random: Random): DemoRows {
  const rows: DemoRows = { progress: [], quizzes: [], submissions: [], events: [], lastActive: new Map() };
  plans.forEach(({ plan, userId }, index) => {
    // Idempotency keys are unique across the table; the prefix keeps demo rows apart from real ones.
    const keyPrefix = `demo-${String(index + 1).padStart(2, '0')}`;
    const visits = lessonVisits(plan, random);
    const progress = lessonProgressRows(userId, visits, random);
    const events = activityEventRows(userId, visits, plan.ability, random);
    const quizzes = quizAttemptRows(userId, `${keyPrefix}-quiz`, visits, plan.ability, now, random);
    const submissions = submissionRows(userId, `${keyPrefix}-entrega`, visits, now, random);
    rows.progress.push(...progress);
    rows.events.push(...events);
    rows.quizzes.push(...quizzes);
    rows.submissions.push(...submissions);

    const moments = [
      plan.lastActiveAt,
      ...progress.map((row) => row.lastSeenAt),
      ...events.map((row) => row.createdAt),
      ...quizzes.map((row) => row.submittedAt),
      ...submissions.map((row) => row.finishedAt),
    ];
    const latest = Math.max(...moments.map((moment) => (moment ? new Date(moment).getTime() : 0)));
    rows.lastActive.set(userId, new Date(Math.min(latest, now.getTime())));
  });
  return rows;
}
