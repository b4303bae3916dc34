// Makes sure packages/viz/dist is a build of the current sources: rebuilds it (vite build) when it
// is missing or older than any file it is built from (the page, its sources, sim-core's dist).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VIZ = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SITE = join(VIZ, 'dist');

/** @param {string} path @returns {number} newest modification time under `path` (node_modules left out), ms */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== 'node_modules')
    .reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/**
 * Builds the Vite app of folder `root` (its index.html and `vite.config.ts`, relative to the package)
 * into `outDir` unless `outDir/index.html` is newer than every one of `inputs` (paths relative to the
 * package); returns `outDir`. Throws when vite build fails.
 * @param {{ root: string, outDir: string, inputs: string[] }} app
 * @returns {string}
 *
 * @example
 * ```ts
 * // The site is fresh (built by ensureSiteBuilt): nothing to do.
 * ensureBuilt({ root: '.', outDir: SITE, inputs: ['src'] }) === SITE // => true
 * ```
 */
export function ensureBuilt({ root, outDir, inputs }) {
  const built = newest(join(outDir, 'index.html'));
  const stale = inputs.some((input) => newest(join(VIZ, input)) > built);
  if (stale) {
    const vite = join(VIZ, 'node_modules/vite/bin/vite.js');
    const result = spawnSync(
      process.execPath,
      [vite, 'build', root, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: VIZ, stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error(`vite build of ${root} failed (exit code ${result.status})`);
  }
  return outDir;
}

/**
 * Rebuilds the site (packages/viz/dist) when stale; returns the folder to serve.
 * @example
 * ```ts
 * ensureSiteBuilt() === SITE // => true
 * ```
 */
export function ensureSiteBuilt() {
  return ensureBuilt({
    root: '.',
    outDir: SITE,
    inputs: ['src', 'index.html', 'vite.config.ts', 'package.json', '../sim-core/dist', '../../examples'],
  });
}
