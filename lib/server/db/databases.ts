import 'server-only';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The same server and credentials as `url`, pointing at another database. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates the database unless it exists; safe when two processes race to create it. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return;
    try {
      await client.query(`CREATE DATABASE ${quote(database)}`);
    } catch (error) {
      // 42P04 duplicate_database; 23505 when the other CREATE commits while ours runs.
      const code = (error as { code?: string }).code;
      if (code !== '42P04' && code !== '23505') throw error;
    }
  });
}

/** Creates an empty database with a unique name (`<prefix>_<timestamp>_<random>`) and returns its URL. */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now()}_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quote(name)}`));
  return databaseUrl(serverUrl, name);
}

/**
 * Drops the database `url` points at, closing any connection still open to it. The command
 * runs through `adminUrl` (by default the `postgres` database): a session cannot drop its own.
 */
export async function dropDatabase(url: string, adminUrl = databaseUrl(url, 'postgres')): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`),
  );
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function quote(name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error(`Nombre de base de datos no válido: ${name}`);
  return `"${name}"`;
}
