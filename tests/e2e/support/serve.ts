// The server the end-to-end tests drive: `npm start` exactly, on a database of its own
// (a fresh one on DATABASE_URL's server, else an embedded PostgreSQL in a temporary folder).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, dropDatabase } from '@/lib/server/db/databases';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backprop-e2e-'));
fs.chmodSync(dataDir, 0o755); // the postgres user must be able to pass through it
const serverUrl = process.env.DATABASE_URL;
const freshUrl = serverUrl ? await createScratchDatabase(serverUrl, 'e2e') : null;

const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SEED_DEMO: '1' };
if (freshUrl) env.DATABASE_URL = freshUrl;
else delete env.DATABASE_URL;

const server = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts'], { env, stdio: 'inherit' });

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    server.kill('SIGTERM');
  });
}

server.on('exit', async (code) => {
  if (freshUrl) await dropDatabase(freshUrl, serverUrl).catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? 1));
});
