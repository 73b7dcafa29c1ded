// npm run db:migrate - apply pending migrations to DATABASE_URL or to the embedded server in .data/postgres
import { migrate } from '@/lib/server/db/migrate';
import { openDatabase } from '@/lib/server/db/open-database';

// No top-level await: package.json has no "type": "module", so tsx runs this file as CommonJS.
async function main(): Promise<void> {
  const database = await openDatabase({ log: (message) => console.log(message) });
  try {
    const started = performance.now();
    const { applied } = await migrate(database.url);
    const elapsed = Math.round(performance.now() - started);
    if (applied.length === 0) {
      console.log('La base de datos ya estaba al día: no hay migraciones pendientes.');
    } else {
      console.log(`Migraciones aplicadas (${elapsed} ms):`);
      for (const name of applied) console.log(`  ✔ ${name}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
