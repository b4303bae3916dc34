import type { Kpis, Scenario, SimulationReport } from '@decroche/sim-core';
import { count, duration, formatTable, intervalLabel, percent, plusMinus } from './format-table.js';
import { printBehaviours } from './print-behaviours.js';

interface PrintOptions {
  seed: number;
  replications: number;
  intervals: boolean;
}

function kpiRow(label: string, k: Kpis, hw: Partial<Kpis> | undefined, thresholds: string[]): string[] {
  return [
    label,
    count(k.firstCalls),
    count(k.offered - k.firstCalls),
    count(k.offered),
    count(k.answered),
    count(k.abandoned),
    count(k.blocked),
    count(k.inSystem),
    percent(k.pickupRate),
    plusMinus(hw?.pickupRate as number | undefined),
    percent(k.callerServedShare),
    duration(k.asa),
    ...thresholds.map((t) => percent(k.serviceLevel[t] ?? null)),
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
  const columns = [
    { heading: 'queue', align: 'left' as const },
    { heading: 'first calls' },
    { heading: 'redials' },
    { heading: 'offered' },
    { heading: 'answered' },
    { heading: 'abandoned' },
    { heading: 'blocked' },
    { heading: 'waiting at end' },
    { heading: 'pickup' },
    { heading: options.replications > 1 ? '95 % CI' : '' },
    { heading: 'callers served' },
    { heading: 'ASA' },
    ...thresholds.map((t) => ({ heading: `≤ ${t} s` })),
  ];
  const rows = Object.entries(report.queues).map(([id, q]) =>
    kpiRow(id, q, report.halfWidth?.queues?.[id], thresholds),
  );
  rows.push(kpiRow('total', report.total, report.halfWidth?.total, thresholds));
  const days = scenario.days === 1 ? '1 day' : `${scenario.days} days`;
  const out = [
    `${scenario.name}: ${days} of ${scenario.intervals} × ${scenario.intervalSeconds / 60} min, seed ${options.seed}, ${options.replications} replication${options.replications > 1 ? 's' : ''}`,
    `(offered = first calls + redials = answered + abandoned + blocked + waiting at end; "≤ ${thresholds[0]} s": share of offered calls answered within ${thresholds[0]} s)`,
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
