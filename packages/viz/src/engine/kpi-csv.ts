import type { Kpis, ReportFigures } from '@decroche/sim-core';

const COLUMNS = [
  'queue',
  'interval',
  'start',
  'offered',
  'answered',
  'abandoned',
  'blocked',
  'inSystem',
  'pickupRate',
  'asa',
  'meanQueueLength',
  'maxQueueLength',
  'dissuaded',
  'refused',
  'selfServed',
  'callbacksOffered',
  'appointmentsBooked',
] as const;

/** A CSV cell: numbers as is (4 decimals at most), null as empty, text quoted when it needs it. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(Math.round(value * 10000) / 10000);
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function row(queue: string, interval: string, start: string, k: Kpis): string {
  return [
    queue,
    interval,
    start,
    k.offered,
    k.answered,
    k.abandoned,
    k.blocked,
    k.inSystem,
    k.pickupRate,
    k.asa,
    k.meanQueueLength,
    k.maxQueueLength,
    k.dissuaded ?? null,
    k.refused ?? null,
    k.selfServed ?? null,
    k.callbacks?.offered ?? null,
    k.appointments?.booked ?? null,
  ]
    .map(cell)
    .join(',');
}

/**
 * The KPIs so far as CSV: one row per queue and interval of the day (`start` is its clock time), then
 * one row per queue for the day (`interval` = `day`), then the total. Rates as in the report
 * (`pickupRate` = answered ÷ offered, callers still waiting counted as not answered). The behaviour
 * blocks' columns (dissuaded, refused, selfServed, callbacksOffered, appointmentsBooked) are empty
 * where the scenario lacks the block.
 *
 * @example
 * ```ts
 * const report = simulate({ intervals: 2, queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'exponential', mean: 300 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 20 }] }, { seed: 1 });
 * const lines = kpiCsv(report, (i) => ['08:30', '09:00'][i]).trim().split('\n');
 * lines.length // => 5
 * lines[0].split(',').slice(0, 4) // => ['queue', 'interval', 'start', 'offered']
 * lines[2].split(',').slice(0, 3) // => ['caf', '1', '09:00']
 * Number(lines[2].split(',')[3]) === report.queues.caf.intervals[1].offered // => true
 * ```
 */
export function kpiCsv(kpis: ReportFigures, clockOf: (interval: number) => string): string {
  const lines: string[] = [COLUMNS.join(',')];
  for (const [queue, report] of Object.entries(kpis.queues)) {
    report.intervals.forEach((k, i) => {
      lines.push(row(queue, String(i), clockOf(i), k));
    });
  }
  for (const [queue, report] of Object.entries(kpis.queues)) lines.push(row(queue, 'day', '', report));
  lines.push(row('total', 'day', '', kpis.total));
  return `${lines.join('\n')}\n`;
}
