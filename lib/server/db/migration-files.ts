import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export type MigrationFile = { name: string; sql: string; checksum: string };

/** prisma/migrations of the project being run (npm scripts and Next both run from its root). */
export function defaultMigrationsDir(): string {
  return path.resolve(process.cwd(), 'prisma/migrations');
}

/** Every `<name>/migration.sql` under dir, in the order Prisma applies them (by folder name). */
export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, 'migration.sql');
      const sql = await fs.readFile(file, 'utf8').catch((error: unknown) => {
        throw new Error(`Falta ${file}: cada carpeta de migración necesita su migration.sql.`, { cause: error });
      });
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

/** What Prisma stores in `_prisma_migrations.checksum`: sha256 of the script, in lowercase hex. */
export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/**
 * Prisma's comparison: the script also matches with its line endings switched, because git
 * may check a file out with CRLF on one machine and LF on another.
 */
export function matchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replaceAll('\r\n', '\n'), sql.replaceAll('\n', '\r\n')];
  return variants.some((variant) => checksumOf(variant) === checksum);
}
