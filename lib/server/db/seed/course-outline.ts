import 'server-only';

/**
 * The course outline as the demo data needs it: lesson ids `u{unit}-l{unit}-{section}-{lesson}`
 * (unit 1, section 1, lesson 2 is `u1-l1-1-2`) and quiz unit ids `u{unit}`. Units 1-11 and 13
 * have 2 sections of 3 lessons, unit 12 one section of 5.
 */
export type OutlineUnit = { unitId: string; lessonIds: string[] };
export type OutlineLesson = { unitId: string; lessonId: string };

function unit(number: number, sections: number, lessonsPerSection: number): OutlineUnit {
  const lessonIds: string[] = [];
  for (let section = 1; section <= sections; section++) {
    for (let lesson = 1; lesson <= lessonsPerSection; lesson++) {
      lessonIds.push(`u${number}-l${number}-${section}-${lesson}`);
    }
  }
  return { unitId: `u${number}`, lessonIds };
}

export const COURSE_UNITS: OutlineUnit[] = Array.from({ length: 13 }, (_, index) => {
  const number = index + 1;
  return number === 12 ? unit(number, 1, 5) : unit(number, 2, 3);
});

/** Every lesson in course order. */
export const COURSE_LESSONS: OutlineLesson[] = COURSE_UNITS.flatMap(({ unitId, lessonIds }) =>
  lessonIds.map((lessonId) => ({ unitId, lessonId })),
);

/** The mini-project, graded from submissions, is unit 12 ("Mini-proyecto visual"). */
export const MINI_PROJECT = { projectId: 'mini-proyecto-red-visual', unitId: 'u12' } as const;
