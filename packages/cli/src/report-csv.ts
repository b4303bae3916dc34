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
  const kpiCells = (k: Kpis, hw: Kpis | undefined) => columns.map((c) => c.cell(k, hw));
  const headers = [
    ...(labelled ? ['run'] : []),
    'queue',
    'interval',
    'start',
    'agents',
    ...columns.map((c) => c.header),
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
