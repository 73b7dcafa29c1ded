import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createScratchDatabase, dropDatabase } from '@/lib/server/db/databases';
import { migrate } from '@/lib/server/db/migrate';
import { defaultMigrationsDir, readMigrations } from '@/lib/server/db/migration-files';

const serverUrl = inject('databaseUrl');
const scratch: string[] = [];
let copies: string;

async function scratchDatabase(): Promise<string> {
  const url = await createScratchDatabase(serverUrl, 'migrate');
  scratch.push(url);
  return url;
}

/** A private copy of prisma/migrations that a test may edit. */
async function copyOfMigrations(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(copies, 'migrations-'));
  await fs.cp(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  copies = await fs.mkdtemp(path.join(os.tmpdir(), 'backprop-migrations-'));
});

afterAll(async () => {
  await Promise.all(scratch.map((url) => dropDatabase(url, serverUrl)));
  await fs.rm(copies, { recursive: true, force: true });
});

describe('migrate', () => {
  it('applies every migration once, in folder order, and nothing on the next run', async () => {
    const url = await scratchDatabase();
    const names = (await readMigrations(defaultMigrationsDir())).map((migration) => migration.name);

    expect(await migrate(url)).toEqual({ applied: names });
    expect(await migrate(url)).toEqual({ applied: [] });
    expect(await migrate(serverUrl)).toEqual({ applied: [] }); // the run's database, migrated by global setup
  });

  it('refuses to go on when an applied migration.sql has been edited', async () => {
    const url = await scratchDatabase();
    const dir = await copyOfMigrations();
    const [first] = await readMigrations(dir);
    if (!first) throw new Error('prisma/migrations está vacía');
    await migrate(url, { migrationsDir: dir });

    await fs.appendFile(path.join(dir, first.name, 'migration.sql'), '\n-- retoque posterior\n');
    await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(
      new RegExp(`La migración ${first.name} ya está aplicada, pero su migration.sql ha cambiado`),
    );
  });

  it('accepts an applied migration checked out with CRLF line endings, as Prisma does', async () => {
    const url = await scratchDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { migrationsDir: dir });
    for (const migration of await readMigrations(dir)) {
      await fs.writeFile(path.join(dir, migration.name, 'migration.sql'), migration.sql.replaceAll('\n', '\r\n'));
    }

    expect(await migrate(url, { migrationsDir: dir })).toEqual({ applied: [] });
  });

  it('rolls a failing migration back entirely and applies it once fixed', async () => {
    const url = await scratchDatabase();
    const dir = await copyOfMigrations();
    const broken = path.join(dir, '99990101000000_broken', 'migration.sql');
    await fs.mkdir(path.dirname(broken));
    await fs.writeFile(broken, 'CREATE TABLE "Scratch" (id INTEGER);\nSELECT 1 / 0;\n');

    await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(/99990101000000_broken ha fallado/);
    const leftovers = await query(url, `SELECT to_regclass('"Scratch"') AS scratch`);
    expect(leftovers).toEqual([{ scratch: null }]);
    const rows = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`);
    expect(rows).toHaveLength(0);

    await fs.writeFile(broken, 'CREATE TABLE "Scratch" (id INTEGER);\n');
    expect(await migrate(url, { migrationsDir: dir })).toEqual({ applied: ['99990101000000_broken'] });
  });

  it('lets concurrent runs apply each migration exactly once', async () => {
    const url = await scratchDatabase();
    const names = (await readMigrations(defaultMigrationsDir())).map((migration) => migration.name);

    const results = await Promise.all(Array.from({ length: 4 }, () => migrate(url)));

    expect(results.flatMap((result) => result.applied).sort()).toEqual(names);
    const rows = await query<{ migration_name: string }>(url, 'SELECT migration_name FROM "_prisma_migrations"');
    expect(rows.map((row) => row.migration_name).sort()).toEqual(names);
  });
});
