import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createScratchDatabase, dropDatabase } from '@/lib/server/db/databases';
import { startEmbeddedPostgres } from '@/lib/server/db/embedded-postgres';
import { migrate } from '@/lib/server/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database of this test run's own (tests/support/db-setup.ts puts it in DATABASE_URL). */
    databaseUrl: string;
  }
}

/**
 * Integration tests get a fresh, migrated database per run: a new database on the server
 * DATABASE_URL names (CI), or else an embedded PostgreSQL in a temporary folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  const { url, teardown } = serverUrl ? await freshDatabase(serverUrl) : await embeddedServer();
  try {
    await migrate(url);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('databaseUrl', url);
  return teardown;
}

async function freshDatabase(serverUrl: string) {
  const url = await createScratchDatabase(serverUrl, 'test');
  // Dropped through the given database: the server may not let us into `postgres`.
  return { url, teardown: () => dropDatabase(url, serverUrl) };
}

async function embeddedServer() {
  // mkdtemp makes a 0700 folder; as root it is handed to the `postgres` user, who runs the server.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'backprop-test-db-'));
  try {
    const server = await startEmbeddedPostgres({ dataDir });
    const teardown = async () => {
      await server.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    };
    return { url: server.url, teardown };
  } catch (error) {
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
