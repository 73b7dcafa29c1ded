import 'server-only';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { defaultMigrationsDir, matchesChecksum, readMigrations, type MigrationFile } from './migration-files';

// The key `prisma migrate deploy` locks, so our migrator and Prisma's never run at the same time.
const PRISMA_MIGRATE_LOCK = 72707369;
const LOCK_TIMEOUT = '60s';

// Prisma's own table definition (schema engine, PostgreSQL flavour), so either tool can take over.
const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Applies the pending migrations under prisma/migrations, each in its own transaction, and
 * records them in `_prisma_migrations` exactly as `prisma migrate deploy` would.
 */
export async function migrate(url: string, options: { migrationsDir?: string } = {}): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(options.migrationsDir ?? defaultMigrationsDir());
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await lock(client);
    await client.query(CREATE_HISTORY_TABLE);
    const history = await client.query<HistoryRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      if (isApplied(migration, history.rows)) continue;
      await apply(client, migration);
      applied.push(migration.name);
    }
    return { applied };
  } finally {
    // Ending the session also releases the advisory lock.
    await client.end();
  }
}

async function lock(client: pg.Client): Promise<void> {
  await client.query(`SET lock_timeout = '${LOCK_TIMEOUT}'`);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
  } catch (error) {
    throw new Error(`Otra migración lleva más de ${LOCK_TIMEOUT} en marcha sobre esta base de datos.`, { cause: error });
  }
  await client.query('RESET lock_timeout');
}

/** Same rules as Prisma: rolled-back rows do not count; a failed or edited migration stops everything. */
function isApplied(migration: MigrationFile, history: HistoryRow[]): boolean {
  const rows = history.filter((row) => row.migration_name === migration.name && row.rolled_back_at === null);
  if (rows.some((row) => row.finished_at === null)) {
    throw new Error(
      `La migración ${migration.name} falló en un intento anterior y quedó a medias. Revisa la base de datos y ` +
        `resuélvelo con \`prisma migrate resolve --rolled-back ${migration.name}\` antes de volver a migrar.`,
    );
  }
  const done = rows.find((row) => row.finished_at !== null);
  if (done && !matchesChecksum(migration.sql, done.checksum)) {
    throw new Error(
      `La migración ${migration.name} ya está aplicada, pero su migration.sql ha cambiado desde entonces ` +
        `(checksum guardado ${done.checksum}, actual ${migration.checksum}). No edites migraciones aplicadas: ` +
        'deja el archivo como estaba y crea una nueva con `npm run db:diff -- <nombre>`.',
    );
  }
  return done !== undefined;
}

async function apply(client: pg.Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query('BEGIN');
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      'UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1',
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`La migración ${migration.name} ha fallado y no se ha aplicado nada de ella: ${reason}`, {
      cause: error,
    });
  }
}
