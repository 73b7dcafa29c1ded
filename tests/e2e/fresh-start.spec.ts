import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/test';
import { startPlatform, waitForReady } from './support/start-process';

// The newcomer's path: `npm start` with no DATABASE_URL, as root like CI, on an empty
// data folder. CI's other tests use the machine's PostgreSQL, so only this one guards it.
test('npm start on a fresh machine serves the course on embedded PostgreSQL and stops it cleanly', async () => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backprop-fresh-'));
  fs.chmodSync(dataDir, 0o755); // the postgres user must be able to pass through it
  const env = { DATA_DIR: dataDir, PORT: '3200', AUTH_URL: 'http://localhost:3200' };
  try {
    const first = startPlatform(env);
    await waitForReady(first);
    expect(first.output()).toContain('PostgreSQL integrado');
    expect(first.output()).toContain('alumna@demo.comoprogramar.es');

    const home = await fetch('http://localhost:3200/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Backpropagation explicado visualmente');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    // A restart reuses the data: nothing is seeded (or printed) twice.
    const second = startPlatform(env);
    await waitForReady(second);
    expect(second.output()).not.toContain('alumna@demo.comoprogramar.es');
    expect((await fetch('http://localhost:3200/')).status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
