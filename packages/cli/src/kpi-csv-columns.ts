import type { Kpis } from '@decroche/sim-core';
import type { CsvCell } from './csv.js';

/** One KPI column of the CSV files: its header and its cell from a KPI set and its half-widths. */
interface KpiColumn {
  header: string;
  cell: (k: Kpis, halfWidth: Kpis | undefined) => CsvCell;
}

/**
 * The KPI columns every CSV of the command line writes (run, staff, france, sweep), in order:
 * counts, then each share and time with its 95 % half-width (empty with one replication), every
 * service-level threshold of `thresholds`, wait percentiles and queue lengths. Shares are fractions
 * (0.853), times seconds.
 */
export function kpiCsvColumns(thresholds: readonly string[]): KpiColumn[] {
  const withHalfWidth = (header: string, pick: (k: Kpis) => number | null | undefined): KpiColumn[] => [
    { header, cell: (k) => pick(k) ?? null },
    { header: `${header}HalfWidth`, cell: (_, hw) => (hw === undefined ? null : (pick(hw) ?? null)) },
  ];
  return [
    { header: 'offered', cell: (k) => k.offered },
    { header: 'firstCalls', cell: (k) => k.firstCalls },
    { header: 'redials', cell: (k) => k.offered - k.firstCalls },
    { header: 'answered', cell: (k) => k.answered },
    { header: 'abandoned', cell: (k) => k.abandoned },
    { header: 'blocked', cell: (k) => k.blocked },
    { header: 'inSystem', cell: (k) => k.inSystem },
    ...withHalfWidth('pickupRate', (k) => k.pickupRate),
    ...withHalfWidth('callerServedShare', (k) => k.callerServedShare),
    ...withHalfWidth('asa', (k) => k.asa),
    { header: 'meanWait', cell: (k) => k.meanWait },
    ...thresholds.flatMap((t) => withHalfWidth(`serviceLevel${t}`, (k) => k.serviceLevel[t])),
    { header: 'waitP50', cell: (k) => k.waitP50 },
    { header: 'waitP90', cell: (k) => k.waitP90 },
    { header: 'meanQueueLength', cell: (k) => k.meanQueueLength },
    { header: 'maxQueueLength', cell: (k) => k.maxQueueLength },
  ];
}
