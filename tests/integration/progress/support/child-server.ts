import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const SCRIPT = path.join(import.meta.dirname, 'progress-server.ts');

export interface ChildServer {
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
}

/** Starts progress-server.ts (or another bare server `script`) on a free port against `databaseUrl` and resolves once it listens. */
export function startProgressServer(databaseUrl: string, script: string = SCRIPT): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening (\d+)/.exec(output)?.[1];
      if (port) {
        child.stdout?.off('data', onData);
        resolve({ child, url: `http://127.0.0.1:${port}`, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`El servidor de prueba terminó antes de escuchar:\n${output}`)));
  });
}

/** Stops a child server for good and waits until the process is gone. */
export async function killServer(server: ChildServer, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  await server.exited;
}

/** Polls `check` every 20 ms until it holds, failing after `timeoutMs` with `what`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Tiempo agotado esperando: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Sends `items` to `server` from `concurrency` parallel workers and SIGKILLs it as soon as
 * `killAfter` of them were acknowledged (`send` resolves true for a success response), then
 * waits for the process to exit. Requests refused or reset by the dead process are dropped,
 * as a page would keep them for a later retry.
 */
export async function sendUntilKilled<T>(server: ChildServer, items: readonly T[], options: { concurrency: number; killAfter: number }, send: (item: T) => Promise<boolean>): Promise<number> {
  let next = 0;
  let acknowledged = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        if ((await send(item)) && ++acknowledged === options.killAfter) server.child.kill('SIGKILL');
      } catch {
        // Refused or reset: the process is gone.
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  await server.exited;
  return acknowledged;
}
