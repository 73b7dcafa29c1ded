import { spawn, type ChildProcess } from 'node:child_process';

export interface StartedPlatform {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Runs `npm start`'s script as a newcomer would: no DATABASE_URL, so PostgreSQL is embedded. */
export function startPlatform(env: Record<string, string>): StartedPlatform {
  const clean = { ...process.env, ...env };
  delete clean.DATABASE_URL;
  delete clean.SEED_DEMO;
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts'], {
    env: clean,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits until the platform prints its ready line, or fails with everything it printed. */
export function waitForReady(platform: StartedPlatform): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (platform.output().includes('Listo:')) {
        platform.child.stdout?.off('data', check);
        resolve();
      }
    };
    platform.child.stdout?.on('data', check);
    platform.exited.then((code) => reject(new Error(`npm start terminó (código ${code}) antes de estar listo:\n${platform.output()}`)));
    check();
  });
}
