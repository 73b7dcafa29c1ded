import 'server-only';
import { z } from 'zod';

export const UnitProgressSchema = z.object({
  unitId: z.string(),
  number: z.number().int(),
  title: z.string(),
  completed: z.number().int().nonnegative(),
  seen: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  /** Completed lessons over all lessons, 0–100, rounded down so 100 means every lesson. */
  percent: z.number().int().min(0).max(100),
  secondsSpent: z.number().int().nonnegative(),
});
export type UnitProgress = z.infer<typeof UnitProgressSchema>;

export const CourseProgressSchema = z.object({
  units: z.array(UnitProgressSchema),
  completed: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  percent: z.number().int().min(0).max(100),
  secondsSpent: z.number().int().nonnegative(),
});
export type CourseProgress = z.infer<typeof CourseProgressSchema>;

export const ResumePointSchema = z.object({
  /** continue: a lesson left half-way; next: the one after the last completed; start: nothing yet; finished: all done. */
  reason: z.enum(['continue', 'next', 'start', 'finished']),
  lessonId: z.string(),
  number: z.string(),
  title: z.string(),
  href: z.string(),
});
export type ResumePoint = z.infer<typeof ResumePointSchema>;

export const MasterySchema = z.enum(['NO_QUIZ', 'NOT_STARTED', 'FAMILIAR', 'PROFICIENT', 'MASTERED']);
export type Mastery = z.infer<typeof MasterySchema>;

export const LearnerDashboardSchema = z.object({
  course: CourseProgressSchema,
  units: z.array(
    UnitProgressSchema.extend({
      mastery: MasterySchema,
      bestQuizScore: z.number().min(0).max(1).nullable(),
      latestQuizScore: z.number().min(0).max(1).nullable(),
    }),
  ),
  next: ResumePointSchema,
});
export type LearnerDashboard = z.infer<typeof LearnerDashboardSchema>;
