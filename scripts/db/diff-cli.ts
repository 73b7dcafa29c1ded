// npm run db:diff -- <nombre> - write prisma/migrations/<timestamp>_<nombre>/migration.sql from schema.prisma changes
import fs from 'node:fs';
import path from 'node:path';
import { defaultMigrationsDir } from '@/lib/server/db/migration-files';
import { openDatabase } from '@/lib/server/db/open-database';
import { openSchemaEngine } from './schema-engine';

/** Prisma's folder name: UTC timestamp (YYYYMMDDHHMMSS) and a snake_case name. */
function migrationFolderName(name: string, now = new Date()): string {
  const timestamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 80);
  if (!slug) throw new Error('Uso: npm run db:diff -- <nombre>   (por ejemplo: npm run db:diff -- anadir_insignias)');
  return `${timestamp}_${slug}`;
}

async function main(): Promise<void> {
  const folder = migrationFolderName(process.argv.slice(2).join(' '));
  // The engine replays the migrations in a scratch (shadow) database on this server.
  const database = await openDatabase({ log: (message) => console.log(message) });
  try {
    const schema = await openSchemaEngine(database.url);
    try {
      const diff = await schema.diff(schema.migrations, schema.datamodel);
      if (diff.empty) {
        console.log('sin cambios: las migraciones ya reflejan prisma/schema.prisma.');
        return;
      }
      const file = path.join(defaultMigrationsDir(), folder, 'migration.sql');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, diff.text);
      const summary = await schema.diff(schema.migrations, schema.datamodel, 'summary');
      console.log(summary.text.trim());
      console.log(`\nMigración escrita en ${path.relative(process.cwd(), file)}.`);
      console.log('Revísala y aplícala con `npm run db:migrate`.');
    } finally {
      await schema.close();
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
