import type { Kpis, Scenario, SimulationReport } from '@decroche/sim-core';
import type { CsvCell } from './csv.js';
import { intervalLabel } from './format-table.js';
import { kpiCsvColumns } from './kpi-csv-columns.js';

/** A report to write as CSV rows, labelled when several share one file (`today`, `plan`). */
export interface LabelledReport {
  label?: string;
  scenario: Scenario;
  report: SimulationReport;
}

/** The behaviour blocks' outcomes, as columns after the KPIs when some report of the file has them. */
const BLOCK_COLUMNS: { header: string; value: (k: Kpis) => number | undefined }[] = [
  { header: 'dissuaded', value: (k) => k.dissuaded },
  { header: 'refused', value: (k) => k.refused },
  { header: 'callbacksPending', value: (k) => k.callbacks?.pending },
  { header: 'selfServed', value: (k) => k.selfServed },
];

/** Agents on duty in interval `i` in the pools serving `queueId` (a pool serving several queues counts for each). */
function agentsFor(scenario: Scenario, queueId: string, i: number): number {
  return scenario.pools
    .filter((p) => p.serves.includes(queueId))
    .reduce((sum, p) => sum + (p.agents[i] ?? 0), 0);
}

/**
 * The CSV of one or more reports: one row per queue and interval, then the queue's total over the
 * run (`interval` = total), then all queues together. Shares are fractions (0.853), times seconds.
 */
export function reportCsv(reports: LabelledReport[]): { headers: string[]; rows: CsvCell[][] } {
  const thresholds = [...new Set(reports.flatMap((r) => r.scenario.serviceLevelSeconds.map(String)))];
  const labelled = reports.some((r) => r.label !== undefined);
  const columns = kpiCsvColumns(thresholds);
  const blocks = BLOCK_COLUMNS.filter((b) => reports.some((r) => b.value(r.report.total) !== undefined));
  const kpiCells = (k: Kpis, hw: Kpis | undefined): CsvCell[] => [
    ...columns.map((c) => c.cell(k, hw)),
    ...blocks.map((b) => b.value(k) ?? 0),
  ];
  const headers = [
    ...(labelled ? ['run'] : []),
    'queue',
    'interval',
    'start',
    'agents',
    ...columns.map((c) => c.header),
    ...blocks.map((b) => b.header),
  ];
  const rows: CsvCell[][] = [];
  for (const { label, scenario, report } of reports) {
    const prefix: CsvCell[] = labelled ? [label ?? ''] : [];
    for (const [id, q] of Object.entries(report.queues)) {
      const hw = report.halfWidth?.queues[id];
      q.intervals.forEach((k, i) => {
        rows.push([
          ...prefix,
          id,
          i,
          intervalLabel(scenario, i) === String(i) ? null : intervalLabel(scenario, i),
          agentsFor(scenario, id, i),
          ...kpiCells(k, hw?.intervals[i]),
        ]);
      });
      rows.push([...prefix, id, 'total', null, null, ...kpiCells(q, hw)]);
    }
    rows.push([...prefix, 'total', 'total', null, null, ...kpiCells(report.total, report.halfWidth?.total)]);
  }
  return { headers, rows };
}
