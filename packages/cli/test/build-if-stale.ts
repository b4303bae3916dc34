// vitest global setup: the CLI tests run the built command (node dist/main.js), so they must never
// run a stale build. When a source file of the library or the CLI is newer than its build output
// (or the output is missing), compile that package again before any test starts. The root `check`
// script builds first, so there this is only a check.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const packagesDir = resolve(import.meta.dirname, '../..');

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    return Math.max(newest, t);
  }, 0);
}

function buildIfStale(name: string, output: string): void {
  const dir = join(packagesDir, name);
  const built = join(dir, output);
  const stale =
    !existsSync(built) ||
    Math.max(newestMtime(join(dir, 'src')), statSync(join(dir, 'package.json')).mtimeMs) >
      statSync(built).mtimeMs;
  // tsc overwrites the files in place (no `rm -rf dist`), so tests of other packages reading
  // dist/ at the same time never see it missing.
  if (stale)
    execFileSync('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' });
}

export default function setup(): void {
  buildIfStale('sim-core', 'dist/index.js');
  buildIfStale('cli', 'dist/main.js');
}
