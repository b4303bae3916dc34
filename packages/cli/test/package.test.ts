// Packaging: packs the `decroche` command and the library it depends on with `pnpm pack`, installs
// both tarballs with npm in a temporary project outside the workspace, and runs the installed
// command as a user would. The root `check` script builds before vitest runs (and the global setup
// rebuilds a stale dist/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packagesDir = resolve(import.meta.dirname, '../..');
const SETUP_TIMEOUT = 240_000;

let scratch = '';
let project = '';

function run(command: string, args: string[], cwd: string): string {
  const env = { ...process.env };
  delete env.npm_config_user_agent; // set by pnpm when it runs vitest; npm should not see it
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function pack(name: string, into: string): string {
  const dir = join(into, name);
  mkdirSync(dir);
  run('pnpm', ['pack', '--pack-destination', dir], join(packagesDir, name));
  const [tgz] = readdirSync(dir).filter((file) => file.endsWith('.tgz'));
  return join(dir, tgz ?? '');
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'decroche-cli-pack-'));
  const tarballs = [pack('sim-core', scratch), pack('cli', scratch)];
  project = join(scratch, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }),
  );
  run(
    'npm',
    ['install', ...tarballs, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    project,
  );
}, SETUP_TIMEOUT);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the packed `decroche` command', () => {
  it('depends on the released library version, not on the workspace', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/decroche/package.json'), 'utf8'));
    const library = JSON.parse(readFileSync(join(packagesDir, 'sim-core/package.json'), 'utf8'));
    expect(manifest.dependencies['@decroche/sim-core']).toBe(library.version);
    expect(manifest.bin).toEqual({ decroche: './dist/main.js' });
  });

  it('installs a working `decroche` command', () => {
    const bin = join(project, 'node_modules/.bin/decroche');
    expect(run(bin, ['--help'], project)).toMatch(/^Usage: decroche /);
    // 480 calls an hour of 60 s on 10 agents: 8 Erlangs, Erlang C wait probability 0.40918
    // (Tijms, A First Course in Stochastic Models; erlangC's own tests).
    const figures = JSON.parse(
      run(bin, ['analyze', '-c', '480', '--per', '3600', '--aht', '60', '-a', '10', '--json'], project),
    );
    expect(figures.waitProbability).toBeCloseTo(0.40918, 5);
  });
});
