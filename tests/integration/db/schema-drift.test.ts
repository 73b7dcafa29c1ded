import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createScratchDatabase, dropDatabase } from '@/lib/server/db/databases';
import { migrate } from '@/lib/server/db/migrate';
import { checksumOf, defaultMigrationsDir, readMigrations } from '@/lib/server/db/migration-files';
import { openSchemaEngine, type OpenSchemaEngine } from '@/scripts/db/schema-engine';

const databaseUrl = inject('databaseUrl');
const scratch: string[] = [];
const engines: OpenSchemaEngine[] = [];

async function scratchDatabase(): Promise<string> {
  const url = await createScratchDatabase(databaseUrl, 'drift');
  scratch.push(url);
  return url;
}

async function engineFor(url: string): Promise<OpenSchemaEngine> {
  const engine = await openSchemaEngine(url);
  engines.push(engine);
  return engine;
}

async function run<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const HISTORY_COLUMNS = `
  SELECT column_name, data_type, is_nullable, column_default, character_maximum_length
  FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`;

let live: OpenSchemaEngine;

beforeAll(async () => {
  live = await engineFor(databaseUrl);
});

afterAll(async () => {
  await Promise.all(engines.map((engine) => engine.close()));
  await Promise.all(scratch.map((url) => dropDatabase(url, databaseUrl)));
});

describe('the migrated database', () => {
  it('matches prisma/schema.prisma exactly', async () => {
    const diff = await live.diff(live.database, live.datamodel);

    expect(diff.empty, `La base de datos migrada no coincide con schema.prisma. SQL que falta:\n${diff.text}`).toBe(true);
  });

  it('records each migration with the checksum Prisma computes and a finish time', async () => {
    const rows = await run<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      databaseUrl,
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const files = await readMigrations(defaultMigrationsDir());

    expect(rows.map((row) => row.migration_name).sort()).toEqual(files.map((file) => file.name));
    for (const file of files) {
      const row = rows.find((candidate) => candidate.migration_name === file.name);
      expect(row?.checksum).toBe(checksumOf(file.sql));
      expect(row?.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row?.finished_at).toBeInstanceOf(Date);
      expect(row?.applied_steps_count).toBe(1);
    }
  });

  it('has a history Prisma itself accepts: nothing edited, failed or pending', async () => {
    const diagnosis = await live.engine.diagnoseMigrationHistory({
      migrationsList: live.migrationsList,
      optInToShadowDatabase: false,
      filters: { externalTables: [], externalEnums: [] },
    });

    expect(diagnosis).toMatchObject({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
  });
});

describe('interoperability with Prisma Migrate', () => {
  it('builds the same _prisma_migrations table and rows as the schema engine', async () => {
    const byPrisma = await scratchDatabase();
    const byUs = await scratchDatabase();
    const prisma = await engineFor(byPrisma);
    const filters = { externalTables: [], externalEnums: [] };

    await prisma.engine.applyMigrations({ migrationsList: prisma.migrationsList, filters });
    await migrate(byUs);

    expect(await run(byUs, HISTORY_COLUMNS)).toEqual(await run(byPrisma, HISTORY_COLUMNS));
    const historyRow = 'SELECT migration_name, checksum, applied_steps_count, logs, rolled_back_at FROM "_prisma_migrations"';
    expect(await run(byUs, historyRow)).toEqual(await run(byPrisma, historyRow));
    // Prisma takes over a database we migrated without applying anything again.
    const takeover = await engineFor(byUs);
    expect(await takeover.engine.applyMigrations({ migrationsList: takeover.migrationsList, filters })).toEqual({
      appliedMigrationNames: [],
    });
  });
});

describe('the drift check', () => {
  it('reports a dropped index, a dropped unique constraint and changed nullability, default and type', async () => {
    const url = await scratchDatabase();
    await migrate(url);
    await run(
      url,
      `DROP INDEX "User_role_idx";
       DROP INDEX "QuizAttempt_idempotencyKey_key";
       ALTER TABLE "Cohort" ALTER COLUMN "name" DROP NOT NULL;
       ALTER TABLE "LessonProgress" ALTER COLUMN "secondsSpent" DROP DEFAULT;
       ALTER TABLE "User" ALTER COLUMN "name" TYPE TEXT;`,
    );
    const engine = await engineFor(url);

    const diff = await engine.diff(engine.database, engine.datamodel);

    expect(diff.empty).toBe(false);
    expect(diff.text).toContain('CREATE INDEX "User_role_idx"');
    expect(diff.text).toContain('CREATE UNIQUE INDEX "QuizAttempt_idempotencyKey_key"');
    expect(diff.text).toMatch(/ALTER TABLE "Cohort" ALTER COLUMN "name" SET NOT NULL/);
    expect(diff.text).toMatch(/ALTER COLUMN "secondsSpent" SET DEFAULT 0/);
    expect(diff.text).toMatch(/ALTER COLUMN "name" SET DATA TYPE VARCHAR\(80\)/);
  });
});
