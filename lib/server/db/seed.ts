import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { Role } from '@/lib/generated/prisma/enums';
import { hashPassword } from '@/lib/server/auth/password';
import {
  DEMO_ACCOUNTS,
  DEMO_ADMIN_EMAIL,
  DEMO_COHORT,
  SYNTHETIC_LEARNER_COUNT,
  type DemoCredential,
} from './seed/demo-accounts';
import { demoRows } from './seed/demo-rows';
import { DAY, planLearners, type LearnerPlan } from './seed/learner-plans';
import { createRandom } from './seed/prng';

export type SeedOptions = { log?: (message: string) => void; now?: Date };
export type SeedResult = { created: boolean; credentials: DemoCredential[] };

const DEMO_SEED = 20_261_126;

/**
 * Demo accounts, a cohort of 40 synthetic learners and six weeks of their activity, so every
 * screen has something to show. Idempotent: when the demo admin exists nothing is written.
 * Same seed, same people and rows (timestamps are relative to `now`).
 */
export async function seed(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const credentials = DEMO_ACCOUNTS.map(({ email, password, role }) => ({ email, password, role }));
  if (await demoExists(prisma)) {
    log('Los datos de demostración ya existen: no se crea nada.');
    return { created: false, credentials };
  }

  const now = options.now ?? new Date();
  const random = createRandom(DEMO_SEED);
  const learners = planLearners(random, now, SYNTHETIC_LEARNER_COUNT);
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((account) => hashPassword(account.password)));
  try {
    await prisma.$transaction(
      async (tx) => {
        const accounts = await tx.user.createManyAndReturn({
          data: DEMO_ACCOUNTS.map((account, index) => ({
            email: account.email,
            name: account.name,
            role: account.role,
            passwordHash: hashes[index] ?? null,
            createdAt: new Date(now.getTime() - 45 * DAY),
          })),
          select: { id: true, role: true },
        });
        const ownerId = accounts.find((account) => account.role === Role.INSTRUCTOR)?.id;
        const demoLearnerId = accounts.find((account) => account.role === Role.LEARNER)?.id;
        if (!ownerId || !demoLearnerId) throw new Error('Faltan las cuentas de demostración recién creadas.');

        // Synthetic learners only sign in through the demo, so they have no password at all.
        const synthetic = await tx.user.createManyAndReturn({
          data: learners.map((plan) => ({ email: plan.email, name: plan.name, createdAt: plan.joinedAt })),
          select: { id: true, email: true },
        });
        const idByEmail = new Map(synthetic.map((user) => [user.email, user.id]));
        const cohort = await tx.cohort.create({
          data: { ...DEMO_COHORT, ownerId, createdAt: new Date(now.getTime() - 43 * DAY) },
        });
        await tx.cohortMember.createMany({
          data: learners.map((plan) => ({ cohortId: cohort.id, userId: idOf(idByEmail, plan.email), joinedAt: plan.joinedAt })),
        });

        const plans = [
          ...learners.map((plan) => ({ plan, userId: idOf(idByEmail, plan.email) })),
          { plan: demoLearnerPlan(now), userId: demoLearnerId },
        ];
        const rows = demoRows(plans, now, random);
        await tx.lessonProgress.createMany({ data: rows.progress });
        await tx.quizAttempt.createMany({ data: rows.quizzes });
        await tx.submission.createMany({ data: rows.submissions });
        await tx.activityEvent.createMany({ data: rows.events });
        for (const [id, lastActiveAt] of rows.lastActive) {
          await tx.user.update({ where: { id }, data: { lastActiveAt } });
        }
        log(
          `Creados ${accounts.length + synthetic.length} usuarios, la cohorte «${DEMO_COHORT.name}», ` +
            `${rows.progress.length} lecciones vistas, ${rows.quizzes.length} cuestionarios, ` +
            `${rows.submissions.length} entregas y ${rows.events.length} eventos.`,
        );
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Another seed running at the same moment got there first.
    if ((error as { code?: string }).code === 'P2002' && (await demoExists(prisma))) {
      return { created: false, credentials };
    }
    throw error;
  }
  return { created: true, credentials };
}

async function demoExists(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: { email: DEMO_ADMIN_EMAIL } })) > 0;
}

function idOf(ids: Map<string, string>, email: string): string {
  const id = ids.get(email);
  if (!id) throw new Error(`Falta el usuario ${email}`);
  return id;
}

// The demo learner finished units 1 and 2 and is halfway through unit 3, so
// "continuar donde lo dejaste" has somewhere to go.
function demoLearnerPlan(now: Date): LearnerPlan {
  const account = DEMO_ACCOUNTS[0];
  return {
    name: account.name,
    email: account.email,
    joinedAt: new Date(now.getTime() - 12 * DAY),
    lastActiveAt: new Date(now.getTime() - 0.8 * DAY),
    lessonsReached: 14,
    ability: 0.85,
    midLesson: true,
  };
}
