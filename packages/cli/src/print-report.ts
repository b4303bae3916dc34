import { formatClockTime, type Kpis, type Scenario, type SimulationReport } from '@decroche/sim-core';
import { count, duration, formatTable, intervalLabel, percent, plusMinus } from './format-table.js';
import { printBehaviours } from './print-behaviours.js';
import { replicationsText } from './run-options.js';

interface PrintOptions {
  seed: number;
  replications: number;
  intervals: boolean;
}

/**
 * The outcomes of the behaviour blocks a report holds, as extra columns after "waiting at end": the
 * attempts they end (dissuaded, refused, callbacks still pending, all in `offered`), then the first
 * calls the voice server settled (not offered). Only those that happened in the run (a redialling
 * queue always reports `refused`, most often 0).
 */
const BLOCK_OUTCOMES: { heading: string; value: (k: Kpis) => number | undefined }[] = [
  { heading: 'dissuaded', value: (k) => k.dissuaded },
  { heading: 'refused', value: (k) => k.refused },
  { heading: 'callback pending', value: (k) => k.callbacks?.pending },
  { heading: 'voice server', value: (k) => k.selfServed },
];

function kpiRow(
  label: string,
  k: Kpis,
  hw: Partial<Kpis> | undefined,
  thresholds: string[],
  outcomes: typeof BLOCK_OUTCOMES,
): string[] {
  return [
    label,
    count(k.firstCalls),
    count(k.offered - k.firstCalls),
    count(k.offered),
    count(k.answered),
    count(k.abandoned),
    count(k.blocked),
    count(k.inSystem),
    ...outcomes.map((o) => count(o.value(k) ?? 0)),
    percent(k.pickupRate),
    plusMinus(hw?.pickupRate as number | undefined),
    percent(k.callerServedShare),
    duration(k.asa),
    ...thresholds.map((t) => percent(k.serviceLevel[t] ?? null)),
  ];
}

/** With a start state, what the run starts from: one line, and the intervals it predicts. */
function startLine(scenario: Scenario): string[] {
  const start = scenario.start;
  if (start === undefined) return [];
  const sum = (lists: Record<string, Record<string, number[] | undefined>> | undefined, key: string) =>
    Object.values(lists ?? {}).reduce((n, entry) => n + (entry[key]?.length ?? 0), 0);
  const at =
    typeof start.time === 'string'
      ? start.time
      : scenario.opensAt === undefined
        ? `${duration(start.time)} after the first interval began`
        : formatClockTime(start.time);
  return [
    `from the state at ${at}: ${count(sum(start.queues, 'waiting'))} callers waiting, ${count(sum(start.queues, 'redialing'))} due to redial, ${count(sum(start.pools, 'busy'))} agents busy; the rest of the day predicted (callers waiting at the start count in the interval they arrived in)`,
  ];
}

/**
 * The text a planner reads after `decroche run`: one line per queue with every outcome (first calls
 * and redials, answered, abandoned, blocked, still waiting at the end), pickup rate with its
 * confidence half-width, callers eventually served, ASA and every service-level threshold; then the
 * total, the pools, and with `intervals` each queue interval by interval.
 */
export function printReport(scenario: Scenario, report: SimulationReport, options: PrintOptions): string {
  const thresholds = scenario.serviceLevelSeconds.map(String);
  const outcomes = BLOCK_OUTCOMES.filter((o) => (o.value(report.total) ?? 0) > 0);
  const columns = [
    { heading: 'queue', align: 'left' as const },
    { heading: 'first calls' },
    { heading: 'redials' },
    { heading: 'offered' },
    { heading: 'answered' },
    { heading: 'abandoned' },
    { heading: 'blocked' },
    { heading: 'waiting at end' },
    ...outcomes.map((o) => ({ heading: o.heading })),
    { heading: 'pickup' },
    { heading: options.replications > 1 ? '95 % CI' : '' },
    { heading: 'callers served' },
    { heading: 'ASA' },
    ...thresholds.map((t) => ({ heading: `≤ ${t} s` })),
  ];
  const rows = Object.entries(report.queues).flatMap(([id, q]) => [
    kpiRow(id, q, report.halfWidth?.queues?.[id], thresholds, outcomes),
    // its call types, each on its own line
    ...Object.entries(q.types ?? {}).map(([type, k]) =>
      kpiRow(`${id}/${type}`, k, report.halfWidth?.queues?.[id]?.types?.[type], thresholds, outcomes),
    ),
  ]);
  rows.push(kpiRow('total', report.total, report.halfWidth?.total, thresholds, outcomes));
  const offeredAs = [
    'answered',
    'abandoned',
    'blocked',
    'waiting at end',
    ...outcomes.filter((o) => o.heading !== 'voice server').map((o) => o.heading),
  ].join(' + ');
  const voiceServer = outcomes.some((o) => o.heading === 'voice server')
    ? '; voice server: first calls settled there, not offered'
    : '';
  const days = scenario.days === 1 ? '1 day' : `${scenario.days} days`;
  const out = [
    `${scenario.name}: ${days} of ${scenario.intervals} × ${scenario.intervalSeconds / 60} min, seed ${options.seed}, ${replicationsText(options.replications)}`,
    ...startLine(scenario),
    `(offered = first calls + redials = ${offeredAs}${voiceServer}; "≤ ${thresholds[0]} s": share of offered calls answered within ${thresholds[0]} s)`,
    '',
    formatTable(columns, rows),
    ...printBehaviours(report),
    '',
    formatTable(
      [{ heading: 'pool', align: 'left' }, { heading: 'occupancy' }],
      Object.entries(report.pools).map(([id, p]) => [id, percent(p.occupancy)]),
    ),
  ];
  if (options.intervals) {
    for (const [id, q] of Object.entries(report.queues)) {
      out.push('', `${id}, interval by interval:`);
      out.push(
        formatTable(
          [
            { heading: 'interval', align: 'left' },
            { heading: 'offered' },
            { heading: 'answered' },
            { heading: 'abandoned' },
            { heading: 'pickup' },
            { heading: 'ASA' },
            ...thresholds.map((t) => ({ heading: `≤ ${t} s` })),
            { heading: 'mean queue' },
          ],
          q.intervals.map((k, i) => [
            intervalLabel(scenario, i),
            count(k.offered),
            count(k.answered),
            count(k.abandoned),
            percent(k.pickupRate),
            duration(k.asa),
            ...thresholds.map((t) => percent(k.serviceLevel[t] ?? null)),
            k.meanQueueLength === null ? '–' : k.meanQueueLength.toFixed(1),
          ]),
        ),
      );
    }
  }
  return out.join('\n');
}
