// Worker threads load the built library: tests that run on several workers import dist/ (built
// by the root `check` before vitest; built here when missing).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as Library from '../src/index.js';

const packageDir = resolve(import.meta.dirname, '..');

/** The built library (dist/index.js), built first when missing. */
export async function builtLibrary(): Promise<typeof Library> {
  if (!existsSync(resolve(packageDir, 'dist/parallel/node-pool.js'))) {
    execFileSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'ignore' });
  }
  return (await import(resolve(packageDir, 'dist/index.js'))) as typeof Library;
}
