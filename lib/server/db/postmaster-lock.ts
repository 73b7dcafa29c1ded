import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { commandLine, isProcessAlive, parentPid } from './process-info';

/** A PostgreSQL server still running on a data folder when we are asked to start one there. */
export type RunningServer = {
  pid: number;
  port: number;
  /** Whether the process that started it is gone (it was killed, e.g. with SIGKILL, and the server outlived it). */
  orphaned: boolean;
};

// Written next to postmaster.pid with the pid of the process that started the server,
// so a later start can tell a server shared with a live `npm start` from an orphan.
const OWNER_FILE = 'backprop-owner.pid';

export async function writeOwner(dataDir: string): Promise<void> {
  await fs.writeFile(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);
}

export async function removeOwner(dataDir: string): Promise<void> {
  await fs.rm(path.join(dataDir, OWNER_FILE), { force: true });
}

/**
 * Reads the postmaster.pid a previous server left in dataDir. A file naming a process that
 * is gone, or that is no longer this folder's PostgreSQL (pids are reused after a crash,
 * often in containers), is stale: it is removed so PostgreSQL does not refuse to start.
 */
export async function inspectPostmasterLock(dataDir: string): Promise<RunningServer | undefined> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  const lines = (await readOrUndefined(lockFile))?.split('\n');
  if (!lines) return undefined;

  // Line 1 is the postmaster's pid, line 4 its port (PostgreSQL's documented layout).
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  const alive = !Number.isNaN(pid) && isProcessAlive(pid);
  const command = alive ? commandLine(pid) : undefined;
  // Our servers run as `postgres -D <dataDir> ...`; any other live process merely reused the pid.
  if (!alive || (command !== undefined && !`${command} `.includes(`-D ${dataDir} `)) || Number.isNaN(port)) {
    await fs.rm(lockFile, { force: true });
    await removeOwner(dataDir);
    return undefined;
  }
  // Without /proc or ps we cannot tell what the process is: touch nothing and let PostgreSQL judge.
  if (command === undefined) return undefined;

  const owner = Number.parseInt((await readOrUndefined(path.join(dataDir, OWNER_FILE))) ?? '', 10);
  const parent = parentPid(pid);
  return { pid, port, orphaned: parent !== undefined && parent !== owner };
}

/** Fast shutdown (SIGINT) of a server we did not start, waiting until the process is gone. */
export async function stopServer(pid: number, timeoutMs = 30_000): Promise<void> {
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  // Not our child process, so there is no exit event to await: poll.
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) {
      throw new Error(`PostgreSQL (PID ${pid}) no se ha parado en ${timeoutMs / 1000} s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function readOrUndefined(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
