import 'server-only';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The account PostgreSQL runs as when we are root (it refuses to run as root). */
export const POSTGRES_USER = 'postgres';

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Creates the data folder (private, as PostgreSQL requires) and, when running as root, hands
 * it to the `postgres` user and checks that user can reach it through every parent folder.
 */
export async function prepareDataDir(dataDir: string): Promise<void> {
  // Parents keep the default mode (others may traverse them); PostgreSQL wants its own folder private.
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (!isRoot()) return;
  const ids = postgresUserIds();
  if (!ids) return; // the package creates the user during initialise() and chowns the folder itself
  const stat = await fs.stat(dataDir);
  if (stat.uid !== ids.uid) await fs.chown(dataDir, ids.uid, ids.gid);
  await assertReachable(path.dirname(dataDir), ids);
}

// A folder such as a mkdtemp one (mode 0700, owned by root) would hide the data folder from `postgres`.
async function assertReachable(dir: string, ids: { uid: number; gid: number }): Promise<void> {
  for (let current = dir; ; current = path.dirname(current)) {
    const stat = await fs.stat(current);
    const bit = stat.uid === ids.uid ? 0o100 : stat.gid === ids.gid ? 0o010 : 0o001;
    const traversable = (stat.mode & bit) !== 0;
    if (!traversable) {
      throw new Error(
        `El usuario postgres no puede entrar en ${current} (permisos ${(stat.mode & 0o777).toString(8)}). ` +
          `Dale permiso de paso (chmod o+x ${current}) o usa otra carpeta de datos.`,
      );
    }
    if (path.dirname(current) === current) return;
  }
}

function postgresUserIds(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', POSTGRES_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', POSTGRES_USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}
