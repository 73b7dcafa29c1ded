import { describe, expect, it } from 'vitest';
import { formatDuration } from '@/app/ui/progress/format-duration';
import { getCourseIndex } from '@/lib/server/data/progress/course-index';
import { masteryFor } from '@/lib/server/data/progress/mastery';
import { pickResumePoint } from '@/lib/server/data/progress/pick-resume-point';
import { summarizeCourse } from '@/lib/server/data/progress/summarize-course';

const index = getCourseIndex();
const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 10, minute));
const done = (lessonId: string, minute: number) => ({ lessonId, status: 'COMPLETED' as const, lastSeenAt: at(minute), completedAt: at(minute), secondsSpent: 120 });
const seen = (lessonId: string, minute: number) => ({ lessonId, status: 'SEEN' as const, lastSeenAt: at(minute), completedAt: null, secondsSpent: 45 });

describe('getCourseIndex', () => {
  it('lists the 77 lessons of the outline in order with their reader URLs', () => {
    expect(index.lessons).toHaveLength(77);
    expect(index.units).toHaveLength(13);
    expect(index.lessons[0]).toMatchObject({ id: 'u1-l1-1-1', order: 0, href: '/curso/unidad-1/por-que-ajustar-pesos-es-dificil' });
  });
});

describe('summarizeCourse', () => {
  it('counts completed and seen lessons and time per unit, ignoring lessons no longer in the course', () => {
    const summary = summarizeCourse(index, [done('u1-l1-1-1', 1), done('u1-l1-1-2', 2), seen('u1-l1-1-3', 3), done('u9-l99-1-1', 4)]);
    const u1 = summary.units[0]!;
    expect(u1).toMatchObject({ unitId: 'u1', completed: 2, seen: 1, total: 6, percent: 33, secondsSpent: 285 });
    expect(summary).toMatchObject({ completed: 2, total: 77, percent: 2, secondsSpent: 285 });
    expect(summary.units.slice(1).every((unit) => unit.completed === 0 && unit.secondsSpent === 0)).toBe(true);
  });

  it('reaches 100 % only when every lesson is completed', () => {
    const all = index.lessons.map((lesson, i) => done(lesson.id, i));
    expect(summarizeCourse(index, all.slice(1)).percent).toBe(98);
    expect(summarizeCourse(index, all).percent).toBe(100);
  });
});

describe('pickResumePoint', () => {
  it('starts at the first lesson with no progress', () => {
    expect(pickResumePoint(index, [])).toMatchObject({ reason: 'start', lessonId: 'u1-l1-1-1' });
  });

  it('continues the most recently seen lesson that is not completed', () => {
    const rows = [done('u1-l1-1-1', 1), seen('u1-l1-1-2', 2), seen('u2-l2-1-1', 5), done('u1-l1-1-3', 9)];
    expect(pickResumePoint(index, rows)).toMatchObject({ reason: 'continue', lessonId: 'u2-l2-1-1', href: '/curso/unidad-2/neuronas-como-nodos' });
  });

  it('goes to the first unfinished lesson after the last completed one, wrapping to the start', () => {
    expect(pickResumePoint(index, [done('u1-l1-1-1', 1), done('u1-l1-1-3', 2)])).toMatchObject({ reason: 'next', lessonId: 'u1-l1-2-1' });
    const last = index.lessons.at(-1)!.id;
    expect(pickResumePoint(index, [done('u1-l1-1-1', 1), done(last, 2)])).toMatchObject({ reason: 'next', lessonId: 'u1-l1-1-2' });
  });

  it('says the course is finished when every lesson is completed', () => {
    expect(pickResumePoint(index, index.lessons.map((lesson, i) => done(lesson.id, i))).reason).toBe('finished');
  });
});

describe('masteryFor', () => {
  it('reads "no quiz yet" until a unit has a quiz, then climbs with the best score', () => {
    expect(masteryFor(undefined)).toBe('NO_QUIZ');
    expect(masteryFor({ unitId: 'u1', bestScore: null })).toBe('NOT_STARTED');
    expect(masteryFor({ unitId: 'u1', bestScore: 0.4 })).toBe('FAMILIAR');
    expect(masteryFor({ unitId: 'u1', bestScore: 0.7 })).toBe('PROFICIENT');
    expect(masteryFor({ unitId: 'u1', bestScore: 0.9 })).toBe('MASTERED');
  });
});

describe('formatDuration', () => {
  it('writes reading time the way a person says it', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(30)).toBe('menos de 1 min');
    expect(formatDuration(12 * 60 + 59)).toBe('12 min');
    expect(formatDuration(3600)).toBe('1 h');
    expect(formatDuration(3900)).toBe('1 h 5 min');
  });
});
