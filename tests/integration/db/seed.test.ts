import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { verifyPassword } from '@/lib/server/auth/password';
import { createPrismaClient } from '@/lib/server/db/client';
import { createScratchDatabase, dropDatabase } from '@/lib/server/db/databases';
import { migrate } from '@/lib/server/db/migrate';
import { seed } from '@/lib/server/db/seed';

// Seeding is checked in databases of its own: the run's shared database may already hold demo rows.
const serverUrl = inject('databaseUrl');
const NOW = new Date('2026-11-26T12:00:00Z');
const opened: { url: string; prisma: PrismaClient }[] = [];

async function seededDatabase(): Promise<{ prisma: PrismaClient; result: Awaited<ReturnType<typeof seed>> }> {
  const url = await createScratchDatabase(serverUrl, 'seed');
  await migrate(url);
  const prisma = createPrismaClient(url);
  opened.push({ url, prisma });
  return { prisma, result: await seed(prisma, { now: NOW }) };
}

function counts(prisma: PrismaClient) {
  return Promise.all([
    prisma.user.count(),
    prisma.cohort.count(),
    prisma.cohortMember.count(),
    prisma.lessonProgress.count(),
    prisma.quizAttempt.count(),
    prisma.submission.count(),
    prisma.activityEvent.count(),
  ]);
}

let prisma: PrismaClient;
let result: Awaited<ReturnType<typeof seed>>;

beforeAll(async () => {
  ({ prisma, result } = await seededDatabase());
});

afterAll(async () => {
  for (const database of opened) {
    await database.prisma.$disconnect();
    await dropDatabase(database.url, serverUrl);
  }
});

describe('seed', () => {
  it('creates the three demo accounts with their roles and working passwords', async () => {
    expect(result.created).toBe(true);
    expect(result.credentials.map(({ email, role }) => [email, role])).toEqual([
      ['alumna@demo.comoprogramar.es', 'LEARNER'],
      ['profe@demo.comoprogramar.es', 'INSTRUCTOR'],
      ['admin@demo.comoprogramar.es', 'ADMIN'],
    ]);
    for (const { email, password, role } of result.credentials) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email } });
      expect(user.role).toBe(role);
      expect(await verifyPassword(user.passwordHash ?? '', password)).toBe(true);
      expect(await verifyPassword(user.passwordHash ?? '', `${password}x`)).toBe(false);
    }
  });

  it('creates the instructor’s cohort with 40 learners and their activity', async () => {
    const cohort = await prisma.cohort.findUniqueOrThrow({
      where: { joinCode: 'DEMO-2026' },
      include: { owner: true, _count: { select: { members: true } } },
    });
    expect(cohort.name).toBe('Cohorte demo · otoño 2026');
    expect(cohort.owner.email).toBe('profe@demo.comoprogramar.es');
    expect(cohort._count.members).toBe(40);

    const learnersIn = (unit: string) =>
      prisma.lessonProgress
        .groupBy({ by: ['userId'], where: { lessonId: { startsWith: `${unit}-` } } })
        .then((groups) => groups.length);
    const [unit1, unit3, unit12] = await Promise.all([learnersIn('u1'), learnersIn('u3'), learnersIn('u12')]);
    expect(unit1).toBeGreaterThan(unit3);
    expect(unit3).toBeGreaterThan(unit12);
    expect(unit12).toBeGreaterThan(0);

    const quiet = await prisma.user.count({
      where: { role: 'LEARNER', lastActiveAt: { lt: new Date(NOW.getTime() - 14 * 86_400_000) } },
    });
    expect(quiet).toBeGreaterThanOrEqual(4);
    expect(await prisma.quizAttempt.count({ where: { status: 'SUBMITTED', score: { gte: 0, lte: 1 } } })).toBeGreaterThan(20);
    const statuses = await prisma.submission.groupBy({ by: ['status'], where: { projectId: 'mini-proyecto-red-visual' } });
    expect(statuses.map((group) => group.status).sort()).toEqual(['ERROR', 'GRADED']);
    expect(await prisma.activityEvent.count({ where: { type: { in: ['viz.interact', 'check.answer'] } } })).toBeGreaterThan(100);
  });

  it('leaves the demo learner halfway through a lesson to continue', async () => {
    const progress = await prisma.lessonProgress.findMany({
      where: { user: { email: 'alumna@demo.comoprogramar.es' } },
      orderBy: { lastSeenAt: 'desc' },
    });
    expect(progress.some((row) => row.lessonId.startsWith('u2-') && row.status === 'COMPLETED')).toBe(true);
    expect(progress[0]).toMatchObject({ lessonId: 'u3-l3-1-2', status: 'SEEN' });
  });

  it('does nothing the second time', async () => {
    const before = await counts(prisma);

    const again = await seed(prisma, { now: NOW });

    expect(again.created).toBe(false);
    expect(again.credentials).toEqual(result.credentials);
    expect(await counts(prisma)).toEqual(before);
  });

  it('builds the same cohort from the same seed', async () => {
    const other = await seededDatabase();
    const people = (client: PrismaClient) =>
      client.user.findMany({ select: { email: true, name: true, lastActiveAt: true }, orderBy: { email: 'asc' } });

    expect(await people(other.prisma)).toEqual(await people(prisma));
    expect(await counts(other.prisma)).toEqual(await counts(prisma));
  });
});
