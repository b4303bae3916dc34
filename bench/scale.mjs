#!/usr/bin/env node
// Scale benchmark (issue 11): time and peak memory against the number of calls (10^5 … 10^8) and of
// agents (10 … 100,000), each run in its own process; the France year (preset `france-2023-year`:
// 251 working days of 2023 with its calendar) on one worker, and two replications of it on one and
// on two workers (speed-up and parallel efficiency); peak memory against the horizon, plain and with
// the days streamed (`onDay`); the optimiser (`staffScenario`) and the calibration (`calibrate`) on
// the France preset. Writes SVG plots beside RESULTS.md (scale-calls.svg, scale-agents.svg,
// scale-horizon.svg).
//
// Prints a markdown section on stdout (bench/run.mjs collects it), progress on stderr.
// Knobs: BENCH_MAX_CALLS (default 1e8; below it, 10^8 calls is extrapolated from the largest run
// and labelled so), BENCH_YEAR_DAYS (default 251: the days of the France runs' longest horizon),
// BENCH_PARALLEL_ROUNDS (default 2: rounds of the parallel runs, the order alternating, since one run
// of each varies by ±15 % on this shared host), BENCH_PARALLEL_DAYS (default BENCH_YEAR_DAYS: the
// horizon of the parallel runs; fewer days allow more rounds in the same time).
// Internal: `node bench/scale.mjs --worker <json>` prints one JSON line.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
// Every run with the V8 setting the `decroche` command line starts with (V8 inlines more of the event loop).
const { INLINING_BUDGET_FLAG } = await import(
  new URL('../packages/cli/dist/inlining-budget.js', import.meta.url).href
);
const lib = new URL('../packages/sim-core/dist/index.js', import.meta.url).href;
const MAX_CALLS = Number(process.env.BENCH_MAX_CALLS ?? 1e8);
const WORKING_DAYS = Number(process.env.BENCH_YEAR_DAYS ?? 251);
const PARALLEL_ROUNDS = Number(process.env.BENCH_PARALLEL_ROUNDS ?? 2);
const PARALLEL_DAYS = Number(process.env.BENCH_PARALLEL_DAYS ?? WORKING_DAYS);

/** One queue at load 0.95 × agents, exponential handling of 180 s and patience of 300 s, one-hour intervals. */
function queueScenario(calls, agents) {
  const perHour = (0.95 * agents * 3600) / 180;
  const days = Math.max(1, Math.min(366, Math.ceil(calls / (perHour * 24))));
  return {
    intervalSeconds: 3600,
    intervals: 24,
    days,
    queues: [
      {
        id: 'q',
        calls: calls / (days * 24),
        handleTime: { dist: 'exponential', mean: 180 },
        patience: { dist: 'exponential', mean: 300 },
      },
    ],
    pools: [{ id: 'p', serves: ['q'], agents }],
  };
}

async function worker(job) {
  const { getPreset, simulate, simulateParallel } = await import(lib);
  const started = performance.now();
  let report;
  const { calibrate, parseScenario, staffScenario } = await import(lib);
  let extra = {};
  if (job.kind === 'queue') {
    report = simulate(queueScenario(job.calls, job.agents), { seed: 1, maxAttempts: Infinity });
  } else if (job.kind === 'staff') {
    const plan = staffScenario(parseScenario(getPreset('france-2023')), { pickupRate: 0.85 });
    report = simulate(plan.scenario, { seed: 1 });
    extra = { agents: plan.scenario.pools.map((p) => Math.max(...p.agents)) };
  } else if (job.kind === 'calibrate') {
    const queues = ['assurance-maladie', 'caf', 'assurance-retraite', 'france-travail'];
    const fit = calibrate(getPreset('france-2023'), {
      parameters: queues.map((queue) => ({
        queue,
        knob: 'agentsScale',
        min: 0.8,
        max: 3,
        measure: 'pickupRate',
        target: 0.85,
      })),
      seed: 1,
      replications: 3,
    });
    report = simulate(fit.scenario, { seed: 1 });
    extra = { scales: fit.parameters.map((p) => p.value), evaluations: fit.evaluations };
  } else if (job.kind === 'stream') {
    // The France year with the days streamed and dropped: memory must stay that of one day.
    let days = 0;
    report = simulate({ ...getPreset('france-2023-year'), days: job.days }, { seed: 1, onDay: () => days++ });
    extra = { streamed: days };
  } else {
    const france = { ...getPreset('france-2023-year'), days: job.days };
    report = await simulateParallel(france, {
      seed: 1,
      replications: job.replications,
      workers: job.workers,
    });
  }
  const seconds = (performance.now() - started) / 1000;
  const { maxRSS } = process.resourceUsage();
  console.log(
    JSON.stringify({ ...job, ...extra, seconds, offered: report.total.offered, peakMB: maxRSS / 1024 }),
  );
}

function measure(job) {
  console.error(`scale: ${JSON.stringify(job)} ...`);
  const r = spawnSync(process.execPath, [INLINING_BUDGET_FLAG, self, '--worker', JSON.stringify(job)], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`scale worker failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/**
 * The same job in `n` processes started together: the wall seconds until the last ends. Two
 * independent processes share nothing, so their slow-down is the machine's own limit on running two
 * things at once (shared caches, memory bandwidth, a host that maps two virtual cores onto one).
 */
async function measureTogether(job, n) {
  console.error(`scale: ${n} × ${JSON.stringify(job)} at once ...`);
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise((resolve, reject) => {
          const child = spawn(
            process.execPath,
            [INLINING_BUDGET_FLAG, self, '--worker', JSON.stringify(job)],
            {
              stdio: ['ignore', 'ignore', 'inherit'],
            },
          );
          child.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`scale worker exited ${code}`)),
          );
        }),
    ),
  );
  return (performance.now() - started) / 1000;
}

/** A small log–log line chart as SVG text. */
function svgPlot(title, xLabel, yLabel, series) {
  const W = 560;
  const H = 340;
  const m = { l: 70, r: 20, t: 30, b: 50 };
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const lx = [Math.floor(Math.log10(Math.min(...xs))), Math.ceil(Math.log10(Math.max(...xs)))];
  const ly = [Math.floor(Math.log10(Math.min(...ys))), Math.ceil(Math.log10(Math.max(...ys)))];
  if (ly[0] === ly[1]) ly[1]++;
  const px = (x) => m.l + ((Math.log10(x) - lx[0]) / (lx[1] - lx[0])) * (W - m.l - m.r);
  const py = (y) => H - m.b - ((Math.log10(y) - ly[0]) / (ly[1] - ly[0])) * (H - m.t - m.b);
  const colours = ['#1f77b4', '#d62728', '#2ca02c'];
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<title>${title}</title>`,
    `<text x="${W / 2}" y="18" text-anchor="middle" font-size="14">${title}</text>`,
    `<text x="${W / 2}" y="${H - 10}" text-anchor="middle">${xLabel}</text>`,
    `<text x="16" y="${H / 2}" text-anchor="middle" transform="rotate(-90 16 ${H / 2})">${yLabel}</text>`,
  ];
  for (let e = lx[0]; e <= lx[1]; e++) {
    parts.push(`<line x1="${px(10 ** e)}" y1="${m.t}" x2="${px(10 ** e)}" y2="${H - m.b}" stroke="#ddd"/>`);
    parts.push(`<text x="${px(10 ** e)}" y="${H - m.b + 16}" text-anchor="middle">1e${e}</text>`);
  }
  for (let e = ly[0]; e <= ly[1]; e++) {
    parts.push(`<line x1="${m.l}" y1="${py(10 ** e)}" x2="${W - m.r}" y2="${py(10 ** e)}" stroke="#ddd"/>`);
    parts.push(`<text x="${m.l - 6}" y="${py(10 ** e) + 4}" text-anchor="end">1e${e}</text>`);
  }
  series.forEach((s, k) => {
    const c = colours[k % colours.length];
    const d = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p[0]).toFixed(1)},${py(p[1]).toFixed(1)}`);
    parts.push(`<path d="${d.join(' ')}" fill="none" stroke="${c}" stroke-width="2"/>`);
    for (const p of s.points) parts.push(`<circle cx="${px(p[0])}" cy="${py(p[1])}" r="3" fill="${c}"/>`);
    parts.push(`<text x="${m.l + 10}" y="${m.t + 14 + 14 * k}" fill="${c}">${s.name}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

const fmt = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

if (process.argv[2] === '--worker') {
  await worker(JSON.parse(process.argv[3]));
} else {
  const load = loadavg()[0];
  const callRuns = [1e5, 1e6, 1e7, 1e8]
    .filter((c) => c <= MAX_CALLS)
    .map((calls) => measure({ kind: 'queue', calls, agents: 310 }));
  const agentRuns = [10, 100, 1000, 10_000, 100_000].map((agents) =>
    measure({ kind: 'queue', calls: 2e6, agents }),
  );
  const horizons = [1, 25, WORKING_DAYS];
  const horizonRuns = horizons.map((days) => measure({ kind: 'france', days, replications: 1, workers: 1 }));
  const streamRuns = horizons.map((days) => measure({ kind: 'stream', days }));
  const year = horizonRuns[horizonRuns.length - 1];
  const staff = measure({ kind: 'staff' });
  const fit = measure({ kind: 'calibrate' });
  // Each round: one replication alone (the single run), two replications on one worker and on two,
  // and two separate processes of one replication each started together (the machine's ceiling: two
  // programs sharing nothing), in an order that alternates from round to round.
  const rounds = [];
  for (let r = 0; r < PARALLEL_ROUNDS; r++) {
    const job = (replications, workers) => ({ kind: 'france', days: PARALLEL_DAYS, replications, workers });
    const steps = {
      single: () => measure(job(1, 1)).seconds,
      one: () => measure(job(2, 1)).seconds,
      two: () => measure(job(2, 2)).seconds,
      apart: () => measureTogether(job(1, 1), 2),
    };
    const order = r % 2 === 0 ? ['single', 'one', 'two', 'apart'] : ['two', 'apart', 'single', 'one'];
    const round = {};
    for (const step of order) round[step] = await steps[step]();
    rounds.push(round);
  }
  const sum = (key) => rounds.reduce((total, round) => total + round[key], 0);
  const speedUp = sum('one') / sum('two');
  const efficiency = speedUp / 2;
  const ceiling = sum('single') / sum('apart');
  const perRound = rounds
    .map((r) => `${fmt(r.single, 1)} / ${fmt(r.one, 1)} / ${fmt(r.two, 1)} / ${fmt(r.apart, 1)} s`)
    .join('; ');
  const spread = (values) => `${fmt(Math.min(...values) * 100)}–${fmt(Math.max(...values) * 100)} %`;
  const roundEfficiency = spread(rounds.map((r) => r.one / (2 * r.two)));
  const roundCeiling = spread(rounds.map((r) => r.single / r.apart));
  const workersOverApart = rounds.map((r) => r.two / r.apart);
  const loadAfter = loadavg()[0];
  // 10^8 calls when not measured: the largest run's time and memory scaled linearly in calls (time)
  // and kept (memory: flat in calls), labelled as extrapolated.
  const largest = callRuns[callRuns.length - 1];
  const extrapolated =
    largest.calls < 1e8
      ? {
          calls: 1e8,
          offered: (largest.offered * 1e8) / largest.calls,
          seconds: (largest.seconds * 1e8) / largest.calls,
          peakMB: largest.peakMB,
        }
      : null;
  const dir = new URL('./', import.meta.url);
  writeFileSync(
    new URL('scale-calls.svg', dir),
    svgPlot('Time and peak memory against calls (one queue, 310 agents)', 'calls', 'seconds / MB', [
      { name: 'wall seconds', points: callRuns.map((r) => [r.offered, r.seconds]) },
      { name: 'peak RSS, MB', points: callRuns.map((r) => [r.offered, r.peakMB]) },
    ]),
  );
  writeFileSync(
    new URL('scale-agents.svg', dir),
    svgPlot('Time and peak memory against agents (2 million calls)', 'agents', 'seconds / MB', [
      { name: 'wall seconds', points: agentRuns.map((r) => [r.agents, r.seconds]) },
      { name: 'peak RSS, MB', points: agentRuns.map((r) => [r.agents, r.peakMB]) },
    ]),
  );
  writeFileSync(
    new URL('scale-horizon.svg', dir),
    svgPlot('Peak memory against the horizon (France year preset, one worker)', 'days', 'MB / seconds', [
      { name: 'peak RSS, MB', points: horizonRuns.map((r) => [r.days, r.peakMB]) },
      { name: 'peak RSS, MB, days streamed (onDay)', points: streamRuns.map((r) => [r.days, r.peakMB]) },
      { name: 'wall seconds', points: horizonRuns.map((r) => [r.days, r.seconds]) },
    ]),
  );
  const row = (label, r) =>
    `| ${label} | ${fmt(r.offered)} | ${fmt(r.seconds, 2)} | ${fmt(r.offered / r.seconds)} | ${fmt(r.peakMB)} |`;
  console.log(
    [
      '## Scale: calls, agents, a year, every core',
      '',
      `Each run in its own process (peak RSS is the process's), with the V8 setting the \`decroche\` command line starts with (\`${INLINING_BUDGET_FLAG}\`). Load average (1 min) ${fmt(load, 1)} before, ${fmt(loadAfter, 1)} after${Math.max(load, loadAfter) > 1.5 ? ': other work shared the cores, so times are upper bounds' : ' (the runs themselves load one or two cores)'}.`,
      '',
      '### Against calls (one queue, 310 agents, load 0.95, exponential handling 180 s, patience 300 s)',
      '',
      '| run | attempts | wall s | attempts/s | peak RSS MB |',
      '|---|---:|---:|---:|---:|',
      ...callRuns.map((r) => row(`${fmt(r.calls)} calls`, r)),
      ...(extrapolated === null
        ? []
        : [
            `| ${fmt(1e8)} calls — **extrapolated** from ${fmt(largest.calls)} (not measured: BENCH_MAX_CALLS=${MAX_CALLS}) | ≈ ${fmt(extrapolated.offered)} | ≈ ${fmt(extrapolated.seconds, 0)} | — | ≈ ${fmt(extrapolated.peakMB)} |`,
          ]),
      '',
      '![time and memory against calls](scale-calls.svg)',
      '',
      '### Against agents (2 million calls, load 0.95 × agents)',
      '',
      '| agents | attempts | wall s | attempts/s | peak RSS MB |',
      '|---|---:|---:|---:|---:|',
      ...agentRuns.map((r) => row(fmt(r.agents), r)),
      '',
      '![time and memory against agents](scale-agents.svg)',
      '',
      '### The France year over a horizon, one worker',
      '',
      `Preset \`france-2023-year\` (its first 1, 25 and ${WORKING_DAYS} working days of 2023, weekday and payment-day factors), one replication.`,
      '',
      '| days | attempts | wall s | attempts/s | peak RSS MB | peak RSS MB, days streamed |',
      '|---|---:|---:|---:|---:|---:|',
      ...horizonRuns.map((r, k) => `${row(String(r.days), r)} ${fmt(streamRuns[k].peakMB)} |`),
      '',
      '![peak memory against the horizon](scale-horizon.svg)',
      '',
      `- A year of ${WORKING_DAYS} working days on one core: **${fmt(year.seconds, 1)} s** for ${fmt(year.offered / 1e6, 0)} million attempts (goal < 60 s: ${year.seconds < 60 ? 'met' : 'not met'} on this run).`,
      `- Peak memory against the horizon: ${horizonRuns.map((r) => `${fmt(r.peakMB)} MB at ${r.days} days`).join(', ')}; with the days streamed to \`onDay\`: ${streamRuns.map((r) => `${fmt(r.peakMB)} MB`).join(', ')} (goal: independent of the horizon).`,
      `- Parallel runs, ${rounds.length} rounds on the first ${PARALLEL_DAYS} days (one replication alone / two on one worker / two on two workers / two separate processes of one replication each, started together: ${perRound}): two replications take ${fmt(sum('one') / rounds.length, 1)} s on one worker and ${fmt(sum('two') / rounds.length, 1)} s on two on average (\`simulateParallel\`, worker threads): speed-up **${fmt(speedUp, 2)}×**, parallel efficiency **${fmt(efficiency * 100)} %** (rounds ${roundEfficiency}; goal ≥ 90 %: ${efficiency >= 0.9 ? 'met' : 'not met'}). The machine's own ceiling, measured in the same rounds: two separate processes sharing nothing take ${fmt(sum('apart') / rounds.length, 1)} s where one alone takes ${fmt(sum('single') / rounds.length, 1)} s, an efficiency of **${fmt(ceiling * 100)} %** (rounds ${roundCeiling}); the two workers take ${fmt(Math.min(...workersOverApart), 2)}–${fmt(Math.max(...workersOverApart), 2)}× the time of the two processes, so they reach ${fmt((efficiency / ceiling) * 100)} % of what this machine allows.`,
      '',
      '### Optimiser and calibration on the France preset (one day, one worker)',
      '',
      '| task | wall s | peak RSS MB | result |',
      '|---|---:|---:|---|',
      `| \`staffScenario(france-2023, { pickupRate: 0.85 })\` (Erlang A per queue and half-hour, redials counted), then one simulated check | ${fmt(staff.seconds, 2)} | ${fmt(staff.peakMB)} | peak agents ${staff.agents.map((n) => fmt(n)).join(' / ')} |`,
      `| \`calibrate(france-2023)\`: agentsScale of the 4 queues for an 85 % pickup rate, 3 replications an evaluation, then one check | ${fmt(fit.seconds, 1)} | ${fmt(fit.peakMB)} | scales ${fit.scales.map((x) => fmt(x, 3)).join(' / ')} after ${fit.evaluations} evaluations |`,
    ].join('\n'),
  );
}
