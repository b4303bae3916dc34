#!/usr/bin/env node
// Simulation benchmark (issue 3): the reference model — one queue, λ = 100 calls a minute,
// exponential handling of mean 180 s, exponential patience of mean 300 s, 310 agents (M/M/310+M) —
// run through simulate() on 10 million calls, against the same model written idiomatically in SimPy
// (bench/peer/mmn_abandon.py) in the same run, with the Erlang A pickup rate as referee. Also runs
// 1 million calls to show that memory does not grow with the number of calls.
//
// Prints a markdown section on stdout (bench/run.mjs collects it), progress on stderr.
// Each measured run is a separate process, so that peak RSS belongs to that run alone.
// Knobs (environment): BENCH_CALLS (default 10000000), BENCH_PEER_CALLS (default 300000),
// BENCH_SEED (default 1), BENCH_TRIALS (alternating decroche/SimPy trials, default 3). Internal: `node bench/simulation.mjs --worker <calls>` prints one JSON line.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';

const MODEL = { callsPerMinute: 100, meanHandle: 180, meanPatience: 300, agents: 310 };
const INTERVAL_SECONDS = 3600;
const INTERVALS = 24;
const CALLS_PER_INTERVAL = (MODEL.callsPerMinute * INTERVAL_SECONDS) / 60; // 6,000
const PYTHON = '/usr/bin/python3';
const self = fileURLToPath(import.meta.url);
const peerScript = fileURLToPath(new URL('./peer/mmn_abandon.py', import.meta.url));
const lib = new URL('../packages/sim-core/dist/index.js', import.meta.url).href;

const MB = 2 ** 20;
const fmt = (x, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The reference model as a scenario: whole days of 24 one-hour intervals at a constant rate, as many
 * days as it takes to reach `calls` expected calls (10 M calls: 70 days, 10.08 M expected).
 */
function referenceScenario(calls, seed) {
  return {
    name: 'bench-mmn-abandon',
    seed,
    intervalSeconds: INTERVAL_SECONDS,
    intervals: INTERVALS,
    days: Math.max(1, Math.ceil(calls / (CALLS_PER_INTERVAL * INTERVALS))),
    queues: [
      {
        id: 'reference',
        calls: CALLS_PER_INTERVAL,
        handleTime: { dist: 'exponential', mean: MODEL.meanHandle },
        patience: { dist: 'exponential', mean: MODEL.meanPatience },
      },
    ],
    pools: [{ id: 'agents', serves: ['reference'], agents: MODEL.agents }],
  };
}

/** One measured run in this process; prints a JSON line. */
async function worker(calls, seed) {
  const { simulate } = await import(lib);
  const scenario = referenceScenario(calls, seed);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const report = simulate(scenario, { seed, replications: 1 });
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const heap = getHeapStatistics();
  const t = report.total;
  // Events: the report's own count when it gives one; otherwise one arrival per offered call plus
  // one departure (end of call or abandonment) per call that left — the events a calendar must
  // order at least (hour boundaries are negligible).
  const counted = report.events ?? report.stats?.events;
  const events = typeof counted === 'number' ? counted : t.offered + t.answered + t.abandoned;
  console.log(
    JSON.stringify({
      days: scenario.days,
      offered: t.offered,
      answered: t.answered,
      abandoned: t.abandoned,
      blocked: t.blocked,
      inSystem: t.inSystem,
      pickupRate: t.pickupRate,
      wallSeconds,
      callsPerSecond: t.offered / wallSeconds,
      cpuSeconds,
      callsPerCpuSecond: t.offered / cpuSeconds,
      events,
      eventsCounted: typeof counted === 'number',
      eventsPerCpuSecond: events / cpuSeconds,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      rssBeforeBytes: rssBefore,
      heapUsedBytes: heap.used_heap_size,
      heapTotalBytes: heap.total_heap_size,
    }),
  );
}

function runJson(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    const why = result.error?.message ?? result.stderr.trim().split('\n').slice(-3).join(' / ');
    throw new Error(`${command} ${args.join(' ')} failed: ${why}`);
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

function simpyAvailable() {
  return spawnSync(PYTHON, ['-c', 'import simpy'], { stdio: 'ignore' }).status === 0;
}

async function main() {
  const calls = Number(process.env.BENCH_CALLS ?? 10_000_000);
  const peerCalls = Number(process.env.BENCH_PEER_CALLS ?? 300_000);
  const seed = Number(process.env.BENCH_SEED ?? 1);
  const { analyze, simulate } = await import(lib);
  const out = [];
  out.push('## Simulation: the reference model against SimPy');
  out.push('');
  out.push(
    `One queue, λ = ${MODEL.callsPerMinute} calls/min (Poisson), handling exponential of mean ` +
      `${MODEL.meanHandle} s, patience exponential of mean ${MODEL.meanPatience} s, ` +
      `${MODEL.agents} agents (M/M/${MODEL.agents}+M, load 300 Erlangs). decroche: \`simulate()\` on whole ` +
      `days of ${INTERVALS} one-hour intervals, one replication, seed ${seed}; each run in its own process. ` +
      'SimPy: `bench/peer/mmn_abandon.py` (a `Resource`, one generator per caller, `req | env.timeout(patience)`) ' +
      `with \`${PYTHON}\`, on fewer calls — calls/s is what is compared.`,
  );
  out.push('');

  // The big decroche run and the SimPy run alternate, TRIALS times, so that both see the same machine
  // (a busy neighbour slows both); the speed ratio is the median of the trials' ratios.
  const trials = Number(process.env.BENCH_TRIALS ?? 3);
  const rows = [];
  const runs = {};
  const bigRuns = [];
  const peerRuns = [];
  const canPeer = simpyAvailable();
  const decrocheRow = (r) =>
    `| decroche \`simulate()\` | ${fmt(r.offered)} | ${fmt(r.wallSeconds, 2)} | ${fmt(r.callsPerSecond)} | ` +
    `${fmt(r.cpuSeconds, 2)} | ${fmt(r.callsPerCpuSecond)} | ` +
    `${fmt(r.eventsPerCpuSecond)}${r.eventsCounted ? '' : ' ¹'} | ${fmt(r.maxRssBytes / MB)} | ` +
    `${fmt(r.heapUsedBytes / MB)} / ${fmt(r.heapTotalBytes / MB)} | ${fmt(r.pickupRate, 4)} |`;
  const peerRow = (peer) =>
    `| SimPy ${peer.simpy} (Python ${peer.python}) | ${fmt(peer.calls)} | ${fmt(peer.wallSeconds, 2)} | ` +
    `${fmt(peer.callsPerSecond)} | ${fmt(peer.cpuSeconds, 2)} | ${fmt(peer.callsPerCpuSecond)} | — | — | — | ` +
    `${fmt(peer.pickupRate, 4)} |`;
  if (typeof simulate !== 'function') {
    out.push('**decroche part skipped:** `simulate` is not exported by @decroche/sim-core yet.');
    out.push('');
  } else {
    const small = Math.round(calls / 10);
    console.error(`bench simulation: decroche, ${fmt(small)} calls ...`);
    runs[small] = runJson(process.execPath, [self, '--worker', String(small), String(seed)]);
    rows.push(decrocheRow(runs[small]));
  }
  if (!canPeer) {
    out.push(
      `**SimPy part skipped:** \`${PYTHON}\` cannot import simpy. Install it with ` +
        '`apt-get install -y python3-simpy3` (Debian/Ubuntu) and run `pnpm bench` again.',
    );
    out.push('');
  }
  for (let k = 1; k <= trials; k++) {
    if (typeof simulate === 'function') {
      console.error(`bench simulation: trial ${k}/${trials}: decroche, ${fmt(calls)} calls ...`);
      const r = runJson(process.execPath, [self, '--worker', String(calls), String(seed)]);
      bigRuns.push(r);
      rows.push(decrocheRow(r));
    }
    if (canPeer) {
      console.error(`bench simulation: trial ${k}/${trials}: SimPy, ${fmt(peerCalls)} calls ...`);
      const peer = runJson(PYTHON, [peerScript, '--calls', String(peerCalls), '--seed', String(seed)]);
      peerRuns.push(peer);
      rows.push(peerRow(peer));
    }
  }
  runs[calls] = bigRuns[0];
  const peer = peerRuns[0] ?? null;

  if (rows.length > 0) {
    out.push(
      '| run | calls | wall s | calls/s | CPU s | calls/CPU s | events/CPU s | peak RSS MB | heap used / total MB | pickup rate |',
    );
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    out.push(...rows);
    out.push('');
  }

  const erlangA =
    typeof analyze === 'function'
      ? analyze({
          arrivalRate: MODEL.callsPerMinute / 60,
          aht: MODEL.meanHandle,
          agents: MODEL.agents,
          patience: MODEL.meanPatience,
        }).pickupRate
      : null;
  const big = runs[calls];
  const pickups = [];
  if (erlangA !== null) pickups.push(`Erlang A (\`analyze()\`) ${fmt(erlangA, 4)}`);
  if (big) pickups.push(`decroche ${fmt(big.pickupRate, 4)}`);
  if (peer) {
    // Binomial 95 % half-width: indicative only (successive calls' outcomes are correlated).
    const hw = 1.96 * Math.sqrt((peer.pickupRate * (1 - peer.pickupRate)) / peer.calls);
    pickups.push(`SimPy ${fmt(peer.pickupRate, 4)} (±${fmt(hw, 4)} binomial)`);
  }
  if (pickups.length > 0) out.push(`- Pickup rates: ${pickups.join(', ')}.`);

  if (bigRuns.length > 0 && peerRuns.length > 0) {
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ratios = bigRuns.map((r, k) => r.callsPerSecond / peerRuns[k].callsPerSecond);
    const cpuRatios = bigRuns.map((r, k) => r.callsPerCpuSecond / peerRuns[k].callsPerCpuSecond);
    const ratio = median(ratios);
    const cpuRatio = median(cpuRatios);
    const range = (xs) => `${fmt(Math.min(...xs), 1)}–${fmt(Math.max(...xs), 1)}×`;
    out.push(
      `- Speed, median of ${bigRuns.length} alternating trials: decroche ${fmt(median(bigRuns.map((r) => r.callsPerSecond)))} ` +
        `calls/s, SimPy ${fmt(median(peerRuns.map((p) => p.callsPerSecond)))} calls/s; ratio ` +
        `**${fmt(ratio, 1)}×** in wall time (trials ${range(ratios)}), **${fmt(cpuRatio, 1)}×** in CPU time ` +
        `(trials ${range(cpuRatios)}) (goal ≥ 50×: ${Math.min(ratio, cpuRatio) >= 50 ? 'met' : Math.max(ratio, cpuRatio) >= 50 ? 'met in one measure only' : 'not met'}). ` +
        'Both are single-threaded; CPU time is the fairer measure when the machine is busy.',
    );
  }
  const small = runs[Math.round(calls / 10)];
  if (big && small && small !== big) {
    out.push(
      `- Memory: peak RSS ${fmt(small.maxRssBytes / MB)} MB at ${fmt(small.offered)} calls, ` +
        `${fmt(big.maxRssBytes / MB)} MB at ${fmt(big.offered)} calls ` +
        `(×${fmt(big.maxRssBytes / small.maxRssBytes, 2)} for ×${fmt(big.offered / small.offered, 1)} calls; ` +
        `process RSS before simulate(): ${fmt(big.rssBeforeBytes / MB)} MB).`,
    );
  }
  if (big && !big.eventsCounted) {
    out.push(
      '- ¹ Events estimated: the report gives no event count, so events = offered (arrivals) + ' +
        'answered (ends of call) + abandoned (hang-ups), the events a calendar must order at least.',
    );
  }
  console.log(out.join('\n'));
}

if (process.argv[2] === '--worker') {
  await worker(Number(process.argv[3]), Number(process.argv[4] ?? 1));
} else {
  await main();
}
