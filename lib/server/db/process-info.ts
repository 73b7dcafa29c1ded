import 'server-only';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** True when a process with this id exists (signal 0 only checks; EPERM still means it exists). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's command line, arguments separated by spaces, or undefined when it cannot be read. */
export function commandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return psField(pid, 'args');
  }
}

/** The parent process id, or undefined when it cannot be read. */
export function parentPid(pid: number): number | undefined {
  let raw: string | undefined;
  try {
    // Field 4 of /proc/<pid>/stat; the command name before it may contain spaces, so split after ')'.
    raw = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()?.trim().split(' ')[1];
  } catch {
    raw = psField(pid, 'ppid');
  }
  const parsed = Number.parseInt(raw ?? '', 10);
  return Number.isNaN(parsed) ? undefined : parsed;
}

// macOS has no /proc; `ps` answers the same questions there.
function psField(pid: number, field: 'args' | 'ppid'): string | undefined {
  try {
    return execFileSync('ps', ['-o', `${field}=`, '-p', String(pid)], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
