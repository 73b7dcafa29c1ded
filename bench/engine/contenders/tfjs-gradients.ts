// tfjs-core 4.x registers its gradient definitions in dist/register_all_gradients.js,
// an ES module tree that Node cannot load as is (extensionless and directory imports),
// and its CommonJS main bundle leaves them out. This bundles that file with esbuild
// (installed alongside tsx) and runs it once: the definitions land in tfjs-core's global
// gradient registry, shared by every copy of the library.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';

interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles: { text: string }[] };
}

let done = false;

/** Registers tfjs-core's own gradient definitions (idempotent). */
export function registerTfjsGradients(): void {
  if (done) return;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const esbuild = require('esbuild') as Esbuild;
  const entry = require.resolve('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  const { outputFiles } = esbuild.buildSync({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent' });
  const dir = mkdtempSync(join(tmpdir(), 'tfjs-grads-'));
  const file = join(dir, 'register-all-gradients.cjs');
  writeFileSync(file, outputFiles[0]!.text);
  void tf.version_core; // the CommonJS copy must own the global engine before the bundle runs
  try {
    require(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  done = true;
}
