// npm run db:seed - migrate, then create the demo accounts and cohort (does nothing if they exist)
import { createPrismaClient } from '@/lib/server/db/client';
import { migrate } from '@/lib/server/db/migrate';
import { openDatabase } from '@/lib/server/db/open-database';
import { seed } from '@/lib/server/db/seed';

const ROLE_NAMES = { LEARNER: 'alumna', INSTRUCTOR: 'profesora', ADMIN: 'administrador' } as const;

async function main(): Promise<void> {
  // The demo passwords are public: never create these accounts on a production database.
  if (process.env.NODE_ENV === 'production') {
    throw new Error('npm run db:seed crea cuentas con contraseñas públicas: no se ejecuta con NODE_ENV=production.');
  }
  const database = await openDatabase({ log: (message) => console.log(message) });
  const prisma = createPrismaClient(database.url);
  try {
    await migrate(database.url);
    const started = performance.now();
    const result = await seed(prisma, { log: (message) => console.log(message) });
    if (result.created) console.log(`Datos de demostración creados en ${Math.round(performance.now() - started)} ms.`);
    console.log('\nCuentas de demostración:');
    for (const { email, password, role } of result.credentials) {
      console.log(`  ${ROLE_NAMES[role].padEnd(14)} ${email.padEnd(32)} contraseña: ${password}`);
    }
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
