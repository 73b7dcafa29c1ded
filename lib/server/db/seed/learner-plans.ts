import 'server-only';
import { DEMO_DOMAIN } from './demo-accounts';
import type { Random } from './prng';
import { FIRST_NAMES, SURNAMES } from './spanish-names';
import { COURSE_LESSONS } from './course-outline';

export const DAY = 86_400_000;

/** Who a synthetic learner is and how far and how fast they went through the course. */
export type LearnerPlan = {
  name: string;
  email: string;
  joinedAt: Date;
  /** The last day they used the platform; equals joinedAt for someone who never started. */
  lastActiveAt: Date;
  /** How many lessons they opened, in course order. */
  lessonsReached: number;
  /** Chance of answering a quiz question or a check right. */
  ability: number;
  /** Whether the last lesson they opened is still unfinished. */
  midLesson: boolean;
};

/**
 * A cohort that opened six weeks ago: most joined in the first days, a few later; a quarter
 * went quiet two or three weeks ago; pace varies a lot, so most finish unit 1 and few reach the
 * mini-project in unit 12.
 */
export function planLearners(random: Random, now: Date, count: number): LearnerPlan[] {
  const opened = now.getTime() - 42 * DAY;
  const names = uniqueNames(random, count);
  return names.map((name, index) => {
    const lateJoiner = random.chance(0.2);
    const joinedAt = opened + (lateJoiner ? random.int(10, 30) : random.next() * 5) * DAY;
    const neverStarted = index < 2;
    const quiet = !neverStarted && random.chance(0.25);
    const lastActiveAt = neverStarted
      ? joinedAt
      : Math.max(joinedAt + DAY, now.getTime() - (quiet ? 14 + random.next() * 7 : 0.1 + random.next() * 4) * DAY);
    // Lessons a day, skewed: the median learner does about one every two days, a few race ahead.
    const pace = random.chance(0.12) ? 1.9 + 0.8 * random.next() : 0.15 + 1.6 * random.next() ** 2;
    const activeDays = (lastActiveAt - joinedAt) / DAY;
    const lessonsReached = neverStarted ? 0 : Math.min(COURSE_LESSONS.length, Math.max(1, Math.round(pace * activeDays)));
    return {
      name,
      email: emailFor(name, index),
      joinedAt: new Date(joinedAt),
      lastActiveAt: new Date(lastActiveAt),
      lessonsReached,
      ability: 0.55 + 0.4 * random.next(),
      midLesson: random.chance(0.6),
    };
  });
}

function uniqueNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    names.add(`${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)} ${random.pick(SURNAMES)}`);
  }
  return [...names];
}

// "Íñigo Núñez Cano" -> inigo.nunez.07@demo.comoprogramar.es (the index keeps every address unique).
function emailFor(name: string, index: number): string {
  const [first = 'alumno', surname = 'demo'] = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(' ');
  return `${first}.${surname}.${String(index + 1).padStart(2, '0')}@${DEMO_DOMAIN}`;
}
