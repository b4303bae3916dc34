import type { SimulationReport } from './report.js';

/**
 * Writes each interval's clock time (`start: '08:30'`) into the per-interval entries of a report's
 * queues and pools (not into `halfWidth`), in place, and returns the report. Without `opensAt` the
 * report is left as it is. O((queues + pools) × intervals).
 */
export function addIntervalStarts(
  report: SimulationReport,
  label: ((i: number) => string) | null,
): SimulationReport {
  if (label === null) return report;
  for (const queue of Object.values(report.queues)) {
    queue.intervals = queue.intervals.map((kpis, i) => ({ start: label(i), ...kpis }));
  }
  for (const pool of Object.values(report.pools)) {
    pool.intervals = pool.intervals.map((entry, i) => ({ start: label(i), ...entry }));
  }
  return report;
}
