#!/usr/bin/env node
// The theory suite's false alarms and power (packages/sim-core/test/theory, budget in suite-checks.ts).
//
// `node bench/theory-checks.mjs --measure [sets] [plantSets]` runs the theory suite (vitest, from
// source) on seed sets 1..sets (default 20) of the correct model, then on seed sets 1..plantSets
// (default 3) with each planted error (THEORY_PLANT: handle times 5 % longer, patience 5 % longer,
// one agent fewer, one line fewer, handle times all exponential), every check recording its mean,
// theory and standard error (THEORY_RECORD). It keeps the records in bench/theory-checks.jsonl and
// prints the summary. It takes about an hour on 2 cores (more on a shared machine). Without --measure it only summarises the
// kept records (what `pnpm bench` does): false alarms per seed set, and per check its largest
// |z| over the correct-model sets and its failures and mean z under each planted error.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { studentTQuantile } from '../packages/sim-core/dist/index.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const recordFile = join(benchDir, 'theory-checks.jsonl');
const theoryDir = 'packages/sim-core/test/theory';

/** Each planted error and the theory files whose models it changes. */
const PLANTS = {
  aht: ['mm-n', 'mm-n-m', 'mm-n-k-m', 'erlang-x', 'mg-n-m', 'callback-erlang-c'],
  patience: ['mm-n-m', 'mm-n-k-m', 'erlang-x', 'mg-n-m'],
  agents: ['mm-n', 'mm-n-m', 'mm-n-k-m', 'erlang-x', 'mg-n-m', 'callback-erlang-c'],
  lines: ['mm-n-k-m', 'erlang-x'],
  shape: ['mg-n-m'],
};
const PLANT_WORDS = {
  aht: 'aht +5 %',
  patience: 'patience +5 %',
  agents: 'one agent fewer',
  lines: 'one line fewer',
  shape: 'handle times exponential',
};

function runSuite(seedSet, plant, files) {
  const started = performance.now();
  const result = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', ...files.map((f) => `${theoryDir}/${f}.test.ts`)],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        THEORY_SEED_SET: String(seedSet),
        THEORY_PLANT: plant ?? '',
        THEORY_RECORD: recordFile,
      },
      stdio: ['ignore', 'ignore', 'ignore'],
    },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.error(
    `theory-checks: seed set ${seedSet}, ${plant ?? 'correct model'}: exit ${result.status} (${seconds} s)`,
  );
}

const args = process.argv.slice(2);
if (args[0] === '--measure') {
  const sets = Number(args[1] ?? 20);
  const plantSets = Number(args[2] ?? 3);
  if (existsSync(recordFile)) rmSync(recordFile);
  const all = PLANTS.aht;
  const planted = (k) => {
    for (const [plant, files] of Object.entries(PLANTS)) runSuite(k, plant, files);
  };
  for (let k = 1; k <= sets; k++) runSuite(k, null, all);
  for (let k = 1; k <= plantSets; k++) planted(k);
}

if (!existsSync(recordFile)) {
  console.error('theory-checks: no records; run `node bench/theory-checks.mjs --measure` first');
  process.exit(2);
}
// The suite's budget, read from suite-checks.ts: checks per file, and the critical t of a check with
// 30 replications. Pass or fail is recomputed with it from each record's mean, theory and standard
// error, so records made before a change of the count stay comparable.
const budgetText = readFileSync(join(root, theoryDir, 'suite-checks.ts'), 'utf8');
const checksBlock = /export const CHECKS = \{([^}]*)\}/.exec(budgetText)?.[1] ?? '';
const suiteChecks = [...checksBlock.matchAll(/: (\d+),/g)].reduce((sum, m) => sum + Number(m[1]), 0);
const tCrit = studentTQuantile(1 - 0.001 / suiteChecks / 2, 29);

const records = readFileSync(recordFile, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line))
  .map((r) => ({ ...r, pass: undefined }));

/** An ordering check (mg-n-m: a difference that must exceed its margin) rather than a match with theory. */
const isOrdering = (r) => r.check.includes('−');
const z = (r) =>
  r.se > 0 ? (r.mean - r.theory) / r.se : r.mean === r.theory ? 0 : Math.sign(r.mean - r.theory) * Infinity;
for (const r of records) r.pass = isOrdering(r) ? z(r) > tCrit : Math.abs(z(r)) <= tCrit;
const nulls = records.filter((r) => r.plant === null);
const nullSets = [...new Set(nulls.map((r) => r.seedSet))].sort((a, b) => a - b);
/** The group of a check: the theory file it belongs to, from its case name. */
const groupOf = (c) =>
  c.startsWith('callbacks,')
    ? 'callback-erlang-c'
    : c.startsWith('critical load')
      ? 'mg-n-m orderings'
      : c.startsWith('overload')
        ? 'mg-n-m overload'
        : / agents, /.test(c)
          ? 'erlang-x'
          : /M\/M\/\d+\/\d+\+M/.test(c)
            ? 'mm-n-k-m'
            : /\+M/.test(c)
              ? 'mm-n-m'
              : 'mm-n';
const setsOf = new Map();
for (const r of nulls) {
  const g = groupOf(r.check);
  if (!setsOf.has(g)) setsOf.set(g, new Set());
  setsOf.get(g).add(r.seedSet);
}
const groupSets = [...setsOf].map(([g, sets]) => `${g} ${sets.size}`).join(', ');
const failingSets = nullSets.filter((k) => nulls.some((r) => r.seedSet === k && !r.pass));
const checks = [...new Set(records.map((r) => r.check))];
const fmt2 = (x) => x.toFixed(2);
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : String(x));

const lines = [
  '## Test suite: false alarms and power',
  '',
  'The theory suite (`packages/sim-core/test/theory`) compares simulated means over independent',
  `replications with exact theory. Its ${suiteChecks} statistical checks share a false-alarm budget`,
  `of 0.001 for the whole suite (Bonferroni: each check at α = 0.001 / ${suiteChecks} ≈ ${(0.001 / suiteChecks).toExponential(1)}, i.e. within`,
  `±${fmt2(tCrit)} standard errors with 30 replications; see \`test/theory/suite-checks.ts\`). Measured with`,
  '`node bench/theory-checks.mjs --measure` (records kept in `bench/theory-checks.jsonl`).',
  '',
  `**False alarms**: ${nulls.length} runs of the checks on seed sets other than the committed one,`,
  `${nulls.filter((r) => !r.pass).length} failed (${failingSets.length} seed sets with a failing check${failingSets.length ? `: ${failingSets.join(', ')}` : ''}).`,
  `Seed sets per group of checks: ${groupSets}. (The goal is 20 sets for every group; on a`,
  '2-core machine shared with other jobs the last measurement stopped earlier. Only the records',
  'count: a run that timed out under load still recorded every check.)',
  `The largest |z| (difference from theory in standard errors) over the ${nulls.filter((r) => !isOrdering(r)).length} runs of`,
  `the checks against theory was ${fmt(Math.max(...nulls.filter((r) => !isOrdering(r)).map((r) => Math.abs(z(r)))))}`,
  `(the tolerance is ${fmt2(tCrit)}; the median of the largest of that many |t₂₉| is about ${fmt(studentTQuantile(1 - Math.LN2 / (2 * nulls.filter((r) => !isOrdering(r)).length), 29))}); the smallest ordering`,
  `difference was ${fmt(Math.min(...nulls.filter(isOrdering).map(z)))} standard errors (the margin is ${fmt2(tCrit)}).`,
  '',
  '**Power**: each check run against a simulation of a slightly wrong model (the theory unchanged),',
  'on seed sets other than the committed one. A cell gives the failures over the sets and the mean z;',
  '"—" where the error does not apply to the case. An ordering check (mg-n-m) gives the mean',
  `difference in standard errors in the "correct model" column: its margin is ${fmt2(tCrit)}.`,
  '',
  `| check | correct model: max \\|z\\| | ${Object.values(PLANT_WORDS).join(' | ')} |`,
  `| --- | ---: | ${Object.keys(PLANTS)
    .map(() => '---:')
    .join(' | ')} |`,
];
for (const check of checks) {
  const own = records.filter((r) => r.check === check);
  const correct = own.filter((r) => r.plant === null);
  const cells = Object.keys(PLANTS).map((plant) => {
    const planted = own.filter((r) => r.plant === plant);
    if (planted.length === 0) return '—';
    const failed = planted.filter((r) => !r.pass).length;
    const meanZ = planted.reduce((s, r) => s + z(r), 0) / planted.length;
    return `${failed}/${planted.length} (z ${fmt(meanZ)})`;
  });
  const nullCell = isOrdering({ check })
    ? `min ${fmt(Math.min(...correct.map(z)))}`
    : fmt(Math.max(...correct.map((r) => Math.abs(z(r)))));
  lines.push(`| ${check.replace(' | ', ': ')} | ${nullCell} | ${cells.join(' | ')} |`);
}
console.log(lines.join('\n'));
