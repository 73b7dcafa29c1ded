import { createRequire } from 'node:module';
import { join } from 'node:path';

/** require() from the project root, for the untyped CommonJS libraries compared against. */
export const requireFromProject = createRequire(join(process.cwd(), 'package.json'));
