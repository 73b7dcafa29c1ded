import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'lib', 'content', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs'];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === 'generated' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Whether `.next` is missing or older than any source file, so a restart only rebuilds after a change. */
export function needsBuild(root: string): boolean {
  const buildId = fs.statSync(path.join(root, '.next', 'BUILD_ID'), { throwIfNoEntry: false });
  if (!buildId) return true;
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > buildId.mtimeMs);
}
