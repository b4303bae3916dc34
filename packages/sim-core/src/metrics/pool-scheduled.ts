import type { SimulationReport } from './report.js';

/**
 * Writes each pool's scheduled agents (`scheduled`, on shift, time-averaged) beside the agents on
 * the phone in the per-interval entries of a report, for the pools that have them (shifts or
 * shrinkage), in place, and returns the report. O(pools × intervals).
 */
export function addPoolScheduled(
  report: SimulationReport,
  pools: readonly { id: string; scheduled?: number[] | undefined }[],
): SimulationReport {
  for (const { id, scheduled } of pools) {
    const pool = report.pools[id];
    if (scheduled === undefined || pool === undefined) continue;
    pool.intervals = pool.intervals.map((entry, i) => {
      const { start, ...rest } = entry;
      return { ...(start === undefined ? {} : { start }), scheduled: scheduled[i] ?? 0, ...rest };
    });
  }
  return report;
}
