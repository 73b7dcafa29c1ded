// Generates the Prisma client offline. The CLI insists on locating a native schema
// engine even though `generate` never runs it; pointing it at any executable skips the
// download that fails without internet. Set PRISMA_SCHEMA_ENGINE_BINARY to override.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
const result = spawnSync(process.execPath, [cli, 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
