#!/usr/bin/env node
// Instruction counts: the reference model through `simulate()`, the hand-tight loop on the same
// calendar (bench/peer/tight-loop.mjs) and the reference model with each behaviour block on, counted
// by Valgrind's callgrind with V8 on one thread (`--single-threaded`: its compiler and garbage
// collector run on the main thread, so every instruction is counted, in the same order each run).
// Each is run at two sizes; the difference divided by the difference in attempts is the cost of an
// attempt in steady state, what the fixed cost of loading, compiling and reporting leaves out.
// Unlike CPU time on a shared host (±20 % from one run to the next), a run's total repeats to about
// 0.1 %: the per-attempt figures show a block's cost that a few time trials cannot resolve. Two
// limits: V8 still takes some decisions by the clock (background tasks run when time has passed,
// and time under Valgrind passes about 50× slower), so the compiled code, hence the count per
// attempt, can shift by a few per cent between runs of the same build; and instructions are not
// time (a cache miss costs more than an addition). Read differences of 5 % or more; time stays
// the judge (hand-tight.mjs).
//
// Prints a markdown section on stdout (bench/run.mjs collects it), progress on stderr. Needs
// `valgrind` on the PATH (Debian: `apt-get install valgrind`); without it the section says so.
// Knobs (environment): BENCH_INSTRUCTION_CALLS (default 200000: the smaller size; the larger is 3×),
// BENCH_BLOCKS (comma-separated blocks: only their rows).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { VARIANTS } from './reference-variants.mjs';

const handTight = fileURLToPath(new URL('./hand-tight.mjs', import.meta.url));
const tightScript = fileURLToPath(new URL('./peer/tight-loop.mjs', import.meta.url));
const lib = new URL('../packages/sim-core/dist/index.js', import.meta.url).href;
const { INLINING_BUDGET_FLAG } = await import(
  new URL('../packages/cli/dist/inlining-budget.js', import.meta.url).href
);
const SMALL = Number(process.env.BENCH_INSTRUCTION_CALLS ?? 200_000);
const SIZES = [SMALL, 3 * SMALL];

const fmt = (x, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Runs `node <args>` under callgrind; returns the instructions it executed and its last JSON line. */
function counted(args) {
  const result = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      INLINING_BUDGET_FLAG,
      ...args,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  const collected = /Collected : (\d+)/.exec(result.stderr ?? '');
  if (result.status !== 0 || collected === null) {
    throw new Error(
      `callgrind on node ${args.join(' ')} failed: ${(result.stderr ?? '').trim().slice(-300)}`,
    );
  }
  return { instructions: Number(collected[1]), ...JSON.parse(result.stdout.trim().split('\n').at(-1)) };
}

/**
 * Instructions per attempt in steady state and the fixed instructions of a run, from `argsFor(calls)`
 * run at both sizes: the slope and the intercept of instructions against attempts offered.
 */
function perAttempt(label, argsFor) {
  const [small, large] = SIZES.map((calls) => {
    console.error(`bench instructions: ${label}, ${fmt(calls)} calls ...`);
    return counted(argsFor(calls));
  });
  const slope = (large.instructions - small.instructions) / (large.offered - small.offered);
  return { slope, fixed: small.instructions - slope * small.offered, offered: large.offered };
}

const valgrind = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
const out = ['## Instructions per attempt: the reference model, the hand-tight loop, each block', ''];
if (valgrind.status !== 0) {
  out.push('Not measured: `valgrind` was not found on this machine (Debian: `apt-get install valgrind`).');
  console.log(out.join('\n'));
  process.exit(0);
}

const decroche = (variant) => (calls) => [handTight, '--worker', lib, variant, String(calls)];
const loop = perAttempt('hand-tight loop', (calls) => [tightScript, '--calls', String(calls), '--seed', '1']);
const base = perAttempt('decroche', decroche('none'));
out.push(
  `Counted by ${valgrind.stdout.trim()} (callgrind) with Node ${process.version} on one thread ` +
    `(\`--single-threaded\`) and the command line's V8 setting (\`${INLINING_BUDGET_FLAG}\`). Each run at ` +
    `${fmt(SIZES[0])} and ${fmt(SIZES[1])} calls (whole days: the reference scenario's 144,000 calls a day); ` +
    'per attempt is the difference in instructions over the difference in attempts offered (redials ' +
    'included), so loading, compiling and the report cancel out; they are the fixed instructions of a run.',
  '',
  `- In steady state the hand-tight loop on the same calendar takes **${fmt(loop.slope)}** instructions a call ` +
    `and decroche **${fmt(base.slope)}**: loop ÷ decroche **${fmt(loop.slope / base.slope, 2)}** ` +
    '(the instruction-count view of the 0.9× goal, without the fixed cost).',
  `- Fixed instructions of a run: the loop ${fmt(loop.fixed / 1e6)} million, decroche ${fmt(base.fixed / 1e6)} million.`,
  '',
  '| block | instructions per attempt | ÷ without blocks | fixed, millions |',
  '|---|---:|---:|---:|',
  `| none (the reference model) | ${fmt(base.slope)} | 1.00 | ${fmt(base.fixed / 1e6)} |`,
);
const only = process.env.BENCH_BLOCKS?.split(',');
for (const variant of Object.keys(VARIANTS)) {
  if (variant === 'none' || (only && !only.includes(variant))) continue;
  const r = perAttempt(variant, decroche(variant));
  out.push(`| ${variant} | ${fmt(r.slope)} | ${fmt(r.slope / base.slope, 2)} | ${fmt(r.fixed / 1e6)} |`);
}
out.push(
  '',
  'Blocks as in the hand-tight section (same settings, same load). A block that settles callers ' +
    'without an agent (the voice server, appointments booked) lowers the work per attempt offered.',
  '',
  "A run's total repeats to about 0.1 %, but V8 takes some decisions by the clock, slowed about 50× " +
    'under Valgrind, so the count per attempt of the same build can shift by 1–2 % between runs: ' +
    'read differences of 5 % or more. Instructions are not time: in steady state decroche is about ' +
    "0.77× the loop's speed in CPU time (the notes of the hand-tight section) but 0.6× in instructions; " +
    'CPU time stays the judge of the goal.',
);
console.log(out.join('\n'));
