import 'server-only';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Where `npm start` and the db scripts keep local data (git-ignored); DATA_DIR moves it. */
export function localDataDir(): string {
  return path.resolve(process.cwd(), process.env.DATA_DIR ?? '.data');
}
/** Port tried first, next to a system PostgreSQL's 5432, so the URL stays the same between runs. */
export const LOCAL_PORT = 5433;

export type OpenDatabase = { url: string; embedded: boolean; close(): Promise<void> };

/**
 * The database the platform uses: DATABASE_URL when it is set, otherwise the embedded
 * PostgreSQL in <data dir>/postgres, started on demand. close() stops only what this call started.
 */
export async function openDatabase(options: { log?: (message: string) => void } = {}): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, close: async () => {} };

  const server = await startEmbeddedPostgres({
    dataDir: path.join(localDataDir(), 'postgres'),
    preferredPort: LOCAL_PORT,
    log: options.log,
  });
  return { url: server.url, embedded: true, close: server.stop };
}
