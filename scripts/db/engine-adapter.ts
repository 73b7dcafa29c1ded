import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { createScratchDatabase, dropDatabase } from '@/lib/server/db/databases';

/**
 * node-postgres reports PostgreSQL's internal one-byte "char" type (OID 18; catalog columns
 * such as pg_class.relkind) with an OID that @prisma/adapter-pg rejects, so the schema
 * engine cannot describe a database through it. Its values are plain text: report them as text.
 */
const INTERNAL_CHAR = 18;
const TEXT = 25;

function relabelCharColumns<T>(result: T): T {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? []) {
      if (field.dataTypeID === INTERNAL_CHAR) field.dataTypeID = TEXT;
    }
  }
  return result;
}

class CharAsTextClient extends pg.Client {}
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
CharAsTextClient.prototype.query = function query(this: pg.Client, ...args: unknown[]) {
  const callback = args.at(-1);
  if (typeof callback === 'function') {
    // pg.Pool calls query with a callback; direct callers use the promise.
    args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : relabelCharColumns(result));
    return originalQuery.apply(this, args);
  }
  const result = originalQuery.apply(this, args);
  return result instanceof Promise ? result.then(relabelCharColumns) : result;
} as typeof pg.Client.prototype.query;

function pgAdapter(url: string): PrismaPg {
  return new PrismaPg({ connectionString: url, Client: CharAsTextClient });
}

/**
 * The driver adapter the WASM schema engine talks through. Its shadow database is a scratch
 * database on the same server, dropped when the engine lets go of it. (PrismaPg's own shadow
 * database ignores the new name when the config holds a connection string, and would migrate
 * the main database instead.)
 */
export function engineAdapter(url: string) {
  const opened: SqlDriverAdapter[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      const adapter = await pgAdapter(url).connect();
      opened.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      const shadowUrl = await createScratchDatabase(url, 'prisma_shadow');
      const adapter = await pgAdapter(shadowUrl).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await dropDatabase(shadowUrl, url);
      };
      return adapter;
    },
  });
  const close = async () => {
    await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
  };
  return { factory, close };
}
