#!/usr/bin/env node
// Runs every benchmark script of bench/ in its own Node process, collects the markdown section each
// prints on stdout, and writes bench/RESULTS.md with a header saying where and when it ran.
// Progress goes to stderr. Usage: `pnpm bench` (installs, builds, then runs this file), or
// `node bench/run.mjs [name ...]` after a build, e.g. `node bench/run.mjs simulation`: with names,
// only those scripts run and their sections are printed, RESULTS.md is left as it is — unless
// `--write` is given too, which replaces those scripts' sections in RESULTS.md (each section sits
// between `<!-- bench: name -->` markers) and keeps the others.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');

/** The benchmark scripts, in the order their sections appear in RESULTS.md. */
const SCRIPTS = [
  'analytic.mjs',
  'simulation.mjs',
  'memory.mjs',
  'viz-fps.mjs',
  'theory-checks.mjs',
  'hand-tight.mjs',
  'instructions.mjs',
  'scale.mjs',
];

const args = process.argv.slice(2);
const writeSections = args.includes('--write');
const wanted = args
  .filter((a) => a !== '--write')
  .map((name) => (name.endsWith('.mjs') ? name : `${name}.mjs`));
const unknown = wanted.filter((name) => !SCRIPTS.includes(name));
if (unknown.length > 0) {
  console.error(`bench: unknown script(s) ${unknown.join(', ')}; known: ${SCRIPTS.join(', ')}`);
  process.exit(2);
}
if (!existsSync(join(root, 'packages/sim-core/dist/index.js'))) {
  console.error('bench: packages/sim-core/dist is missing; run `pnpm build` first (or `pnpm bench`).');
  process.exit(2);
}

const selected = (wanted.length > 0 ? wanted : SCRIPTS).filter((name) => {
  if (existsSync(join(benchDir, name))) return true;
  console.error(`bench: ${name} not found, skipped`);
  return false;
});

const sections = [];
let failed = false;
for (const name of selected) {
  console.error(`bench: running ${name} ...`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(benchDir, name)], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    console.error(`bench: ${name} done in ${seconds} s`);
    sections.push(marked(name, result.stdout.trim()));
  } else {
    failed = true;
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    console.error(`bench: ${name} FAILED (${why})`);
    sections.push(
      marked(name, `## ${name}\n\n**Failed** (${why}) — see the console output of \`pnpm bench\`.`),
    );
  }
}

/** A section between the markers that let `--write` find it again. */
function marked(name, text) {
  return `<!-- bench: ${name} -->\n${text}\n<!-- /bench: ${name} -->`;
}

if (wanted.length > 0 && writeSections) {
  const file = join(benchDir, 'RESULTS.md');
  let results = readFileSync(file, 'utf8');
  selected.forEach((name, k) => {
    const start = results.indexOf(`<!-- bench: ${name} -->`);
    const endMarker = `<!-- /bench: ${name} -->`;
    const end = results.indexOf(endMarker);
    if (start >= 0 && end > start) {
      results = results.slice(0, start) + sections[k] + results.slice(end + endMarker.length);
    } else {
      results = `${results.trimEnd()}\n\n${sections[k]}\n`;
    }
  });
  writeFileSync(file, results);
  console.error(`bench: updated ${selected.join(', ')} in bench/RESULTS.md`);
} else if (wanted.length > 0) {
  console.log(sections.join('\n\n'));
} else {
  const cpuList = cpus();
  const header = [
    '# Benchmark results',
    '',
    `Written by \`bench/run.mjs\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    `- Node ${process.version} on ${platform()} ${release()} (${process.arch})`,
    `- CPU: ${cpuList[0]?.model.trim() ?? 'unknown'} × ${cpuList.length} logical cores; ` +
      `memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    '',
    'Reproduce from the repository root with `pnpm bench` (installs, builds, then runs every script',
    'in `bench/`); one script alone after a build: `node bench/run.mjs simulation`. Figures vary',
    'from run to run by a few per cent; compare ratios measured in the same run.',
  ].join('\n');
  writeFileSync(join(benchDir, 'RESULTS.md'), `${header}\n\n${sections.join('\n\n')}\n`);
  console.error('bench: wrote bench/RESULTS.md');
}
process.exitCode = failed ? 1 : 0;
