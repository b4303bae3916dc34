#!/usr/bin/env node
// The theory suite's false alarms and power (packages/sim-core/test/theory, budget in suite-checks.ts).
//
// `node bench/theory-checks.mjs --measure [sets] [plantSets]` runs the theory suite (vitest, from
// source) on seed sets 1..sets (default 20) of the correct model, then on seed sets 1..plantSets
// (default 3) with each planted error (THEORY_PLANT: handle times 5 % longer, patience 5 % longer,
// one agent fewer, one line fewer, handle times all exponential), every check recording its mean,
// theory and standard error (THEORY_RECORD). It keeps the records in bench/theory-checks.jsonl and
// prints the summary. It takes about an hour on 2 cores (more on a shared machine).
// `node bench/theory-checks.mjs --more from to [plantFrom plantTo]` appends seed sets from..to of the
// correct model (and plantFrom..plantTo of each planted error) to the kept records, to widen a
// measurement without starting over. Without --measure or --more it only summarises the
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
  aht: ['mm-n', 'mm-n-m', 'mm-n-k-m', 'erlang-x', 'mg-n-m', 'callback-erlang-c', 'mystery-callers'],
  patience: ['mm-n-m', 'mm-n-k-m', 'erlang-x', 'mg-n-m'],
  agents: ['mm-n', 'mm-n-m', 'mm-n-k-m', 'erlang-x', 'mg-n-m', 'callback-erlang-c', 'mystery-callers'],
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
/** Every theory file with statistical checks; the planted errors only change the models of PLANTS. */
const ALL = [...PLANTS.aht, 'start-state'];
const planted = (k) => {
  for (const [plant, files] of Object.entries(PLANTS)) runSuite(k, plant, files);
};
if (args[0] === '--measure') {
  const sets = Number(args[1] ?? 20);
  const plantSets = Number(args[2] ?? 3);
  if (existsSync(recordFile)) rmSync(recordFile);
  for (let k = 1; k <= sets; k++) runSuite(k, null, ALL);
  for (let k = 1; k <= plantSets; k++) planted(k);
} else if (args[0] === '--more') {
  const [from, to, plantFrom, plantTo] = args.slice(1).map(Number);
  for (let k = from; k <= to; k++) runSuite(k, null, ALL);
  for (let k = plantFrom; k <= (plantTo ?? 0); k++) planted(k);
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

// One record per seed set, planted error and check: a set run twice (an interrupted measurement
// resumed with --more) counts once, with its latest record.
const latest = new Map();
for (const line of readFileSync(recordFile, 'utf8').trim().split('\n')) {
  const r = JSON.parse(line);
  latest.set(`${r.seedSet}|${r.plant}|${r.check}`, { ...r, pass: undefined });
}
const records = [...latest.values()];

/** An ordering check (mg-n-m: a difference that must exceed its margin) rather than a match with theory. */
const isOrdering = (r) => r.check.startsWith('critical load');
const z = (r) =>
  r.se > 0 ? (r.mean - r.theory) / r.se : r.mean === r.theory ? 0 : Math.sign(r.mean - r.theory) * Infinity;
for (const r of records) r.pass = isOrdering(r) ? z(r) > tCrit : Math.abs(z(r)) <= tCrit;
const nulls = records.filter((r) => r.plant === null);
const nullSets = [...new Set(nulls.map((r) => r.seedSet))].sort((a, b) => a - b);
/** The group of a check: the theory file it belongs to, from its case name. */
const groupOf = (c) =>
  c.includes('run from its state')
    ? 'start-state'
    : c.startsWith('callbacks,')
      ? 'callback-erlang-c'
      : c.includes('mystery')
        ? 'mystery-callers'
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
/** Per check against theory, the mean of its z over the correct-model seed sets: a bias shows there first. */
const biases = checks
  .filter((c) => !isOrdering({ check: c }))
  .map((c) => {
    const zs = nulls.filter((r) => r.check === c).map(z);
    return { check: c, meanZ: zs.reduce((a, b) => a + b, 0) / zs.length, sets: zs.length };
  });
const worstBias = biases.reduce((a, b) => (Math.abs(b.meanZ) > Math.abs(a.meanZ) ? b : a));
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
  `Seed sets per group of checks: ${groupSets} (goal: 20 or more for every group — ${
    [...setsOf.values()].every((sets) => sets.size >= 20) ? 'met' : 'not met'
  }). Only the records count: a run that timed out under load still recorded every check it ran.`,
  `The largest |z| (difference from theory in standard errors) over the ${nulls.filter((r) => !isOrdering(r)).length} runs of`,
  `the checks against theory was ${fmt(Math.max(...nulls.filter((r) => !isOrdering(r)).map((r) => Math.abs(z(r)))))}`,
  `(the tolerance is ${fmt2(tCrit)}; the median of the largest of that many |t₂₉| is about ${fmt(studentTQuantile(1 - Math.LN2 / (2 * nulls.filter((r) => !isOrdering(r)).length), 29))}); the smallest ordering`,
  `difference was ${fmt(Math.min(...nulls.filter(isOrdering).map(z)))} standard errors (the margin is ${fmt2(tCrit)}).`,
  `Bias: a check's mean z over its seed sets is about N(0, 1/sets) when the simulation and the theory agree;`,
  `the largest in absolute value is ${fmt2(worstBias.meanZ)} over ${worstBias.sets} sets (${worstBias.check.replace(' | ', ': ')}),`,
  `i.e. ${fmt2(Math.abs(worstBias.meanZ) * Math.sqrt(worstBias.sets))} standard deviations of such a mean, for the largest of ${biases.length} checks`,
  '(a right-skewed quantity such as a small ASA leans negative: its large means come with large standard',
  'deviations, so the t statistic of a mean of 30 is not centred exactly on 0).',
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
