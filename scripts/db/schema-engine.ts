import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DiffTarget, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { defaultMigrationsDir } from '@/lib/server/db/migration-files';
import { engineAdapter } from './engine-adapter';

/**
 * Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, a dev
 * dependency): the same diffing and introspection `prisma migrate` uses, without the native
 * binary Prisma's CLI downloads. Dev tooling only; nothing under lib/ may import it.
 */
type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let bindings: Promise<Bindings> | undefined;

function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { './schema_engine_bg.js': bg });
    const exports = instance.exports as unknown as Parameters<Bindings['__wbg_set_wasm']>[0] & {
      __wbindgen_start?: () => void;
    };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
    return bg;
  })();
  return bindings;
}

export type Diff = { empty: boolean; text: string };

export type OpenSchemaEngine = {
  engine: SchemaEngine;
  /** schema.prisma as the engine's `schemaDatamodel` target. */
  datamodel: DiffTarget;
  /** The live database `url` points at, read through the driver adapter. */
  database: DiffTarget;
  /** prisma/migrations, replayed by the engine in a shadow database. */
  migrations: DiffTarget;
  migrationsList: MigrationList;
  /** SQL (script) or a readable summary taking `from` to `to`. */
  diff(from: DiffTarget, to: DiffTarget, format?: 'script' | 'summary'): Promise<Diff>;
  close(): Promise<void>;
};

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function openSchemaEngine(
  url: string,
  options: { schemaPath?: string; migrationsDir?: string } = {},
): Promise<OpenSchemaEngine> {
  const bg = await loadBindings();
  const schemaPath = path.resolve(options.schemaPath ?? 'prisma/schema.prisma');
  const files = [{ path: path.basename(schemaPath), content: fs.readFileSync(schemaPath, 'utf8') }];
  const migrationsList = readMigrationsList(options.migrationsDir ?? defaultMigrationsDir());
  const adapter = engineAdapter(url);
  const engine = await bg.SchemaEngine.new(
    { datamodels: files.map((file) => [file.path, file.content]) },
    () => {},
    adapter.factory,
  );

  return {
    engine,
    datamodel: { tag: 'schemaDatamodel', files },
    database: { tag: 'schemaDatasource', files, configDir: path.dirname(schemaPath) },
    migrations: { tag: 'migrations', ...migrationsList },
    migrationsList,
    async diff(from, to, format = 'script') {
      // exitCode: true makes the engine answer 2 when there is a difference, 0 when there is none.
      const result = await engine.diff({ from, to, script: format === 'script', exitCode: true, filters: NO_FILTERS });
      return { empty: result.exitCode === 0, text: result.stdout ?? '' };
    },
    async close() {
      engine.free();
      await adapter.close();
    },
  };
}

function readMigrationsList(baseDir: string): MigrationList {
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const directories = fs
    .readdirSync(baseDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(baseDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}
