// npm start: build when needed, start PostgreSQL (embedded unless DATABASE_URL is set),
// migrate, seed an empty database, serve, and stop everything cleanly on Ctrl-C or SIGTERM.
// npm run dev: the same with `next dev` and no build.
import { createPrismaClient } from '@/lib/server/db/client';
import { localDataDir, openDatabase } from '@/lib/server/db/open-database';
import { migrate } from '@/lib/server/db/migrate';
import { seed } from '@/lib/server/db/seed';
import { resolveAuthSecret } from './start/auth-secret';
import { needsBuild } from './start/needs-build';
import { assertPortFree } from './start/port-free';
import { runNext, waitForExit, waitUntilServing } from './start/run-next';

const root = process.cwd();
const development = process.argv[2] === 'dev';
const port = Number(process.env.PORT ?? 3000);
const publicUrl = process.env.AUTH_URL ?? `http://localhost:${port}`;

async function main(): Promise<number> {
  await assertPortFree(port);
  if (!development && needsBuild(root)) {
    console.log('Compilando la plataforma (solo la primera vez o tras un cambio)…');
    const code = await waitForExit(runNext(['build'], { ...process.env, NODE_ENV: 'production' }));
    if (code !== 0) return code;
  }

  const database = await openDatabase();
  const { url: databaseUrl, embedded } = database;
  console.log(embedded ? `PostgreSQL integrado en ${localDataDir()}/postgres` : 'Usando la base de datos de DATABASE_URL');
  const stopDatabase = () => database.close();

  try {
    const { applied } = await migrate(databaseUrl);
    if (applied.length > 0) console.log(`Migraciones aplicadas: ${applied.join(', ')}`);
    // Demo accounts have public passwords: only the local embedded database gets them unasked.
    const seeded = embedded || process.env.SEED_DEMO === '1' ? await seedDemo(databaseUrl) : null;
    if (seeded?.created) {
      console.log('\nCuentas de demostración (se muestran solo esta vez):');
      for (const account of seeded.credentials) console.log(`  ${account.role.padEnd(10)} ${account.email}  ·  ${account.password}`);
      console.log('');
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const server = runNext([development ? 'dev' : 'start', '-p', String(port)], {
    ...process.env,
    NODE_ENV: development ? 'development' : 'production',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: resolveAuthSecret(localDataDir()),
    NEXTAUTH_URL: publicUrl,
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nDeteniendo la plataforma (${signal})…`);
    server.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (await waitUntilServing(`http://127.0.0.1:${port}/`, server)) {
    console.log(`\nListo: ${publicUrl}\n`);
  }
  const code = await waitForExit(server);
  await stopDatabase();
  console.log('Plataforma detenida.');
  return stopping ? 0 : code;
}

async function seedDemo(databaseUrl: string) {
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await seed(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`No se pudo arrancar la plataforma: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
