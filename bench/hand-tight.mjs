#!/usr/bin/env node
// The reference model (M/M/310+M, as in simulation.mjs) through decroche's general model —
// `simulate()` with its metrics, routing, behaviour hooks and full report — against the same model
// written as a hand-tight loop on the same event calendar (bench/peer/tight-loop.mjs, counts only).
// The goal: decroche keeps 0.9× or more of the loop's calls per CPU second, a queue with no behaviour
// block paying nothing for them. The loop without any calendar (two heaps) is shown for scale. Then
// the cost of each behaviour block: the reference model with that block on, against the same run
// without, in calls per CPU second (a few trials on a shared host: ratios within about ±20 % of 1
// are noise; instructions.mjs counts the same runs' instructions, which repeat far better).
//
// Prints a markdown section on stdout (bench/run.mjs collects it), progress on stderr. Each run is
// its own process. Knobs (environment): BENCH_CALLS (default 10000000), BENCH_TRIALS (alternating
// trials, default 5), BENCH_BLOCK_CALLS (default 3000000), BENCH_BLOCK_TRIALS (default 3),
// BENCH_BEFORE (path of an older build's dist/index.js: also compares the reference run before/after;
// BENCH_BEFORE_LABEL names it in the output), BENCH_BLOCKS (comma-separated blocks: only their rows, e.g.
// `BENCH_TRIALS=1 BENCH_BLOCKS=callback,overflow` to measure new blocks on a busy machine).
// Internal: `node bench/hand-tight.mjs --worker <lib> <variant> <calls>` prints one JSON line.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { referenceScenario, SETTINGS, VARIANTS } from './reference-variants.mjs';

const self = fileURLToPath(import.meta.url);
const tightScript = fileURLToPath(new URL('./peer/tight-loop.mjs', import.meta.url));
const lib = new URL('../packages/sim-core/dist/index.js', import.meta.url).href;
// The V8 setting the command line runs with (its inlining budget raised): both sides are also measured so.
const { INLINING_BUDGET_FLAG } = await import(
  new URL('../packages/cli/dist/inlining-budget.js', import.meta.url).href
);
async function worker(libUrl, variant, calls) {
  const { simulate, parseScenario } = await import(libUrl);
  const scenario = referenceScenario(calls, variant);
  try {
    parseScenario(scenario);
  } catch {
    console.log(JSON.stringify({ unavailable: true }));
    return;
  }
  const cpuStarted = process.cpuUsage();
  const report = simulate(scenario, { seed: 1 });
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const t = report.total;
  console.log(
    JSON.stringify({
      offered: t.offered,
      cpuSeconds,
      callsPerCpuSecond: t.offered / cpuSeconds,
      pickupRate: t.pickupRate,
    }),
  );
}

function runJson(args) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0)
    throw new Error(
      `node ${args.join(' ')} failed: ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`,
    );
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

const fmt = (x, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${fmt(Math.min(...xs), 2)}–${fmt(Math.max(...xs), 2)}`;

async function main() {
  const calls = Number(process.env.BENCH_CALLS ?? 10_000_000);
  const trials = Number(process.env.BENCH_TRIALS ?? 5);
  const blockCalls = Number(process.env.BENCH_BLOCK_CALLS ?? 3_000_000);
  const blockTrials = Number(process.env.BENCH_BLOCK_TRIALS ?? 3);
  const before = process.env.BENCH_BEFORE ? new URL(`file://${process.env.BENCH_BEFORE}`).href : null;
  const out = ['## Simulation: the reference model against a hand-tight loop', ''];
  out.push(
    `The reference model of the previous section (M/M/310+M, ${fmt(calls)} calls, seed 1) through \`simulate()\`, ` +
      'against `bench/peer/tight-loop.mjs`: the same model as hand-tight loops with the same alea generator and counts ' +
      "only — on decroche's own `Calendar` (a timer for arrivals, cancelled hang-ups, a FIFO ring), and without any " +
      'calendar (two typed-array heaps). Calls per CPU second, each run in its own process, timed from the first call to the report (code loaded before the clock starts, on both sides; the work V8 does to compile it counts), ' +
      `${trials} alternating trials. Goal: decroche ≥ 0.9× the loop on the same calendar. Each trial also runs both ` +
      `sides with the V8 setting the \`decroche\` command line starts with (${INLINING_BUDGET_FLAG}: V8 inlines more ` +
      'of the event loop; a program importing the library gets the same by starting Node with that flag).',
    '',
  );
  const rows = [];
  const ratios = [];
  const beforeRatios = [];
  const afterOverBefore = [];
  const heapRatios = [];
  const cliRatios = [];
  for (let k = 1; k <= trials; k++) {
    console.error(`bench hand-tight: trial ${k}/${trials} ...`);
    const d = runJson([self, '--worker', lib, 'none', String(calls)]);
    const tight = runJson([tightScript, '--calls', String(calls), '--seed', '1']);
    const heap = runJson([tightScript, '--calls', String(calls), '--seed', '1', '--heap']);
    const dCli = runJson([INLINING_BUDGET_FLAG, self, '--worker', lib, 'none', String(calls)]);
    const tightCli = runJson([INLINING_BUDGET_FLAG, tightScript, '--calls', String(calls), '--seed', '1']);
    heapRatios.push(d.callsPerCpuSecond / heap.callsPerCpuSecond);
    ratios.push(d.callsPerCpuSecond / tight.callsPerCpuSecond);
    cliRatios.push(dCli.callsPerCpuSecond / tightCli.callsPerCpuSecond);
    let b = null;
    if (before) {
      b = runJson([self, '--worker', before, 'none', String(calls)]);
      beforeRatios.push(b.callsPerCpuSecond / tight.callsPerCpuSecond);
      afterOverBefore.push(d.callsPerCpuSecond / b.callsPerCpuSecond);
    }
    rows.push(
      `| ${k} | ${fmt(d.callsPerCpuSecond)} | ${b ? fmt(b.callsPerCpuSecond) : '—'} | ${fmt(tight.callsPerCpuSecond)} | ` +
        `${fmt(heap.callsPerCpuSecond)} | ` +
        `${fmt(d.callsPerCpuSecond / tight.callsPerCpuSecond, 2)} | ${fmt(dCli.callsPerCpuSecond)} | ${fmt(tightCli.callsPerCpuSecond)} | ` +
        `${fmt(dCli.callsPerCpuSecond / tightCli.callsPerCpuSecond, 2)} | ${fmt(d.pickupRate, 4)} | ${fmt(tight.pickupRate, 4)} |`,
    );
  }
  out.push(
    '| trial | decroche calls/CPU s | before calls/CPU s | loop on the calendar | loop, no calendar | decroche ÷ loop on the calendar | decroche, CLI setting | loop, CLI setting | ratio, CLI setting | pickup (decroche) | pickup (loop) |',
  );
  out.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  out.push(...rows, '');
  const ratio = median(ratios);
  const cliRatio = median(cliRatios);
  out.push(
    `- As the command line runs it (\`${INLINING_BUDGET_FLAG}\`, both sides): decroche ÷ hand-tight loop on the same ` +
      `calendar, median **${fmt(cliRatio, 2)}×** (trials ${range(cliRatios)}; goal ≥ 0.9×: ${cliRatio >= 0.9 ? 'met' : 'not met'}).`,
    `- As a library under Node's default V8 settings: median **${fmt(ratio, 2)}×** (trials ${range(ratios)}; ` +
      `goal ≥ 0.9×: ${ratio >= 0.9 ? 'met' : 'not met'}); ÷ the loop without a calendar: ${fmt(median(heapRatios), 2)}× ` +
      `(trials ${range(heapRatios)}).`,
  );
  if (before) {
    out.push(
      `- Before (${process.env.BENCH_BEFORE_LABEL ?? '`BENCH_BEFORE`'}): ${fmt(median(beforeRatios), 2)}× the loop (trials ${range(beforeRatios)}); ` +
        `this build ÷ before, median ${fmt(median(afterOverBefore), 3)} (trials ${range(afterOverBefore)}).`,
    );
  }
  out.push('');
  out.push(
    `### Cost of each behaviour block`,
    '',
    `The reference queue with one block on (same load), ${fmt(blockCalls)} calls, ${blockTrials} alternating trials ` +
      'against the same run without; calls per CPU second (offered attempts, redials included).',
    '',
    '| block | settings | calls/CPU s with | without | with ÷ without (median) | pickup rate with |',
    '|---|---|---:|---:|---:|---:|',
  );
  const only = process.env.BENCH_BLOCKS?.split(',');
  for (const variant of Object.keys(VARIANTS)) {
    if (variant === 'none' || (only && !only.includes(variant))) continue;
    const withRuns = [];
    const withoutRuns = [];
    let unavailable = false;
    for (let k = 1; k <= blockTrials && !unavailable; k++) {
      console.error(`bench hand-tight: block ${variant}, trial ${k}/${blockTrials} ...`);
      const w = runJson([self, '--worker', lib, variant, String(blockCalls)]);
      if (w.unavailable) unavailable = true;
      else {
        withRuns.push(w);
        withoutRuns.push(runJson([self, '--worker', lib, 'none', String(blockCalls)]));
      }
    }
    const extra = SETTINGS[variant];
    const settings =
      `\`${JSON.stringify(VARIANTS[variant])}\`` +
      (extra
        ? ` with pools \`${JSON.stringify(extra.pools.map(({ id, agents }) => ({ id, agents })))}\``
        : '');
    if (unavailable) {
      out.push(`| ${variant} | ${settings} | not in this build | | | |`);
      continue;
    }
    const rel = withRuns.map((w, k) => w.callsPerCpuSecond / withoutRuns[k].callsPerCpuSecond);
    out.push(
      `| ${variant} | ${settings} | ${fmt(median(withRuns.map((w) => w.callsPerCpuSecond)))} | ` +
        `${fmt(median(withoutRuns.map((w) => w.callsPerCpuSecond)))} | ${fmt(median(rel), 2)} | ${fmt(withRuns[0].pickupRate, 4)} |`,
    );
  }
  console.log(out.join('\n'));
}

if (process.argv[2] === '--worker') {
  await worker(process.argv[3], process.argv[4], Number(process.argv[5]));
} else {
  await main();
}
