import type { Scenario, SimulationReport } from '@decroche/sim-core';
import { clock, count, duration, formatTable, percent } from './format-table.js';

interface PrintOptions {
  seed: number;
  replications: number;
  intervals: boolean;
  /** Seconds after midnight at which interval 0 starts, for clock times. Absent: intervals are numbered. */
  openingSeconds?: number;
}

type Kpis = SimulationReport['total'];

function plusMinus(halfWidth: number | null | undefined): string {
  return halfWidth === null || halfWidth === undefined ? '' : `± ${(halfWidth * 100).toFixed(1)}`;
}

function kpiRow(label: string, k: Kpis, hw: Partial<Kpis> | undefined, slKey: string): string[] {
  return [
    label,
    count(k.offered),
    count(k.answered),
    count(k.abandoned),
    count(k.blocked),
    percent(k.pickupRate),
    plusMinus(hw?.pickupRate as number | undefined),
    duration(k.asa),
    percent(k.serviceLevel[slKey] ?? null),
  ];
}

/** The text a planner reads after `decroche run`: one line per queue, then the total and the pools. */
export function printReport(scenario: Scenario, report: SimulationReport, options: PrintOptions): string {
  const slKey = String(scenario.serviceLevelSeconds[0] ?? 20);
  const columns = [
    { heading: 'queue', align: 'left' as const },
    { heading: 'offered' },
    { heading: 'answered' },
    { heading: 'abandoned' },
    { heading: 'blocked' },
    { heading: 'pickup' },
    { heading: options.replications > 1 ? '95 % CI' : '' },
    { heading: 'ASA' },
    { heading: `answered ≤ ${slKey} s` },
  ];
  const rows = Object.entries(report.queues).map(([id, q]) =>
    kpiRow(id, q, report.halfWidth?.queues?.[id], slKey),
  );
  rows.push(kpiRow('total', report.total, report.halfWidth?.total, slKey));
  const days = scenario.days === 1 ? '1 day' : `${scenario.days} days`;
  const out = [
    `${scenario.name}: ${days} of ${scenario.intervals} × ${scenario.intervalSeconds / 60} min, seed ${options.seed}, ${options.replications} replication${options.replications > 1 ? 's' : ''}`,
    '',
    formatTable(columns, rows),
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
            { heading: 'pickup' },
            { heading: 'ASA' },
            { heading: `≤ ${slKey} s` },
          ],
          q.intervals.map((k, i) => [
            options.openingSeconds === undefined
              ? String(i)
              : clock(options.openingSeconds, scenario.intervalSeconds, i),
            count(k.offered),
            count(k.answered),
            percent(k.pickupRate),
            duration(k.asa),
            percent(k.serviceLevel[slKey] ?? null),
          ]),
        ),
      );
    }
  }
  return out.join('\n');
}
