// Packaging: packs @decroche/sim-core with `pnpm pack`, installs the tarball with npm in a temporary
// project outside the workspace and uses it as an outside program would (issue 2). The build is done
// by the root `check` script before vitest runs; when dist/ is missing or older than a file of src/
// (or package.json), this test builds it first, so it never packs stale code.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

const packageDir = resolve(import.meta.dirname, '..');
const workspaceRoot = resolve(packageDir, '../..');
const SETUP_TIMEOUT = 240_000;

let scratch = '';
let tarball = '';
let project = '';
let installed = '';

/** Paths of the regular files in a .tgz, read with a minimal ustar reader (no external tool). */
function tarEntries(file: string): string[] {
  const data = gunzipSync(readFileSync(file));
  const names: string[] = [];
  for (let offset = 0; offset + 512 <= data.length; ) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    if (type === '0' || type === '') names.push(name.replace(/^package\//, ''));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return names.sort();
}

/** Module specifiers a compiled ES module imports or re-exports (comments removed first). */
function specifiersOf(file: string): string[] {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1] ?? ''));
}

function run(command: string, args: string[], cwd: string): string {
  const env = { ...process.env };
  delete env.npm_config_user_agent; // set by pnpm when it runs vitest; npm should not see it
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The newest modification time of the files under `dir`, ms. */
function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Whether dist/ is missing or older than a source file or package.json. */
function distIsStale(): boolean {
  const built = join(packageDir, 'dist/index.js');
  if (!existsSync(built)) return true;
  const newestSource = Math.max(
    newestMtime(join(packageDir, 'src')),
    statSync(join(packageDir, 'package.json')).mtimeMs,
  );
  return newestSource > statSync(built).mtimeMs;
}

beforeAll(() => {
  // tsc writes dist/ in place (no `rm -rf dist`), so tests of the CLI reading it meanwhile never
  // find it missing.
  if (distIsStale()) run('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], packageDir);
  expect(distIsStale()).toBe(false);
  scratch = mkdtempSync(join(tmpdir(), 'decroche-pack-'));
  const packDir = join(scratch, 'pack');
  mkdirSync(packDir);
  run('pnpm', ['pack', '--pack-destination', packDir], packageDir);
  const tgz = readdirSync(packDir).filter((name) => name.endsWith('.tgz'));
  expect(tgz).toHaveLength(1);
  tarball = join(packDir, tgz[0] ?? '');

  project = join(scratch, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'decroche-consumer', version: '1.0.0', private: true, type: 'module' }),
  );
  run(
    'npm',
    ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    project,
  );
  installed = join(project, 'node_modules/@decroche/sim-core');
}, SETUP_TIMEOUT);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the packed @decroche/sim-core', () => {
  it('is installed outside the workspace', () => {
    expect(relative(workspaceRoot, project).startsWith('..')).toBe(true);
    expect(existsSync(join(installed, 'package.json'))).toBe(true);
  });

  it('ships the compiled library with its type declarations, and no tests or source maps', () => {
    const entries = tarEntries(tarball);
    expect(entries).toContain('package.json');
    expect(entries).toContain('README.md');
    expect(entries).toContain('dist/index.js');
    expect(entries).toContain('dist/index.d.ts');
    const js = entries.filter((name) => name.endsWith('.js'));
    expect(js.filter((name) => !entries.includes(name.replace(/\.js$/, '.d.ts')))).toEqual([]);
    expect(entries.filter((name) => /(^|\/)(test|tests|__tests__)\//.test(name))).toEqual([]);
    expect(entries.filter((name) => /\.(test|spec)\.[cm]?[jt]s$/.test(name))).toEqual([]);
    expect(entries.filter((name) => name.endsWith('.map'))).toEqual([]);
    expect(entries.filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))).toEqual([]);
  });

  it('declares entry points that exist in the tarball', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.sideEffects).toBe(false);
    for (const path of [manifest.types, manifest.exports['.'].types, manifest.exports['.'].import]) {
      expect(existsSync(join(installed, path)), path).toBe(true);
    }
  });

  it('is imported by name from an outside .mjs program and computes real values', () => {
    writeFileSync(
      join(project, 'check.mjs'),
      [
        "import * as lib from '@decroche/sim-core';",
        'const exports = Object.fromEntries(Object.entries(lib).map(([k, v]) => [k, typeof v]));',
        'console.log(JSON.stringify({ exports, erlangC: lib.erlangC(10, 8) }));',
      ].join('\n'),
    );
    const out = JSON.parse(run(process.execPath, ['check.mjs'], project));
    // Every runtime export of the source entry is there, with the same kind.
    const expected = Object.fromEntries(Object.entries(lib).map(([k, v]) => [k, typeof v]));
    expect(out.exports).toEqual(expected);
    for (const name of ['erlangB', 'erlangC', 'analyze', 'erlangX', 'requiredAgents', 'staffingTable']) {
      expect(out.exports[name], name).toBe('function');
    }
    // Erlang C, 10 agents, 8 Erlangs: (8¹⁰/10!)·(10/2) ÷ (Σₖ₌₀⁹ 8ᵏ/k! + that) = 0.4091802, computed
    // with exact factorials in Python for this test (0.4092 in Erlang C tables).
    expect(out.erlangC).toBeCloseTo(0.4091802, 6);
  });

  it('ships the scenario JSON Schema generated from the code, at @decroche/sim-core/scenario.schema.json', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const shipped = join(installed, manifest.exports['./scenario.schema.json']);
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(lib.scenarioJsonSchema());
  });

  it('has no command and none of its dependencies (they are in the `decroche` package)', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.bin).toBeUndefined();
    expect(Object.keys(manifest.dependencies)).not.toContain('commander');
    expect(existsSync(join(project, 'node_modules/commander'))).toBe(false);
    expect(existsSync(join(project, 'node_modules/cli-progress'))).toBe(false);
  });

  it('has a library entry that imports nothing Node-only, so it runs in browsers', () => {
    const dist = join(installed, 'dist');
    const seen = new Set<string>();
    const external = new Set<string>();
    const pending = [join(dist, 'index.js')];
    while (pending.length > 0) {
      const file = pending.pop() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      for (const specifier of specifiersOf(file)) {
        if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
        else external.add(specifier);
      }
    }
    const files = [...seen].map((file) => relative(dist, file));
    expect(files).toContain('index.js');
    expect(files.length).toBeGreaterThan(10); // the walk follows the re-exports
    expect(files.filter((file) => !existsSync(join(dist, file)))).toEqual([]);
    const builtins = new Set(builtinModules);
    const nodeOnly = [...external].filter(
      (specifier) => specifier.startsWith('node:') || builtins.has(specifier.split('/')[0] ?? ''),
    );
    expect(nodeOnly).toEqual([]);
  });
});
