import type { Kpis, Scenario, SimulationReport } from '@decroche/sim-core';
import type { CsvCell } from './csv.js';
import { intervalLabel } from './format-table.js';

/** A report to write as CSV rows, labelled when several share one file (`today`, `plan`). */
export interface LabelledReport {
  label?: string;
  scenario: Scenario;
  report: SimulationReport;
}

function kpiCells(k: Kpis, hw: Kpis | undefined, thresholds: string[]): CsvCell[] {
  return [
    k.offered,
    k.firstCalls,
    k.offered - k.firstCalls,
    k.answered,
    k.abandoned,
    k.blocked,
    k.inSystem,
    k.pickupRate,
    hw?.pickupRate ?? null,
    k.callerServedShare,
    k.asa,
    k.meanWait,
    ...thresholds.map((t) => k.serviceLevel[t] ?? null),
    k.waitP50,
    k.waitP90,
    k.meanQueueLength,
    k.maxQueueLength,
  ];
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
  const headers = [
    ...(labelled ? ['run'] : []),
    'queue',
    'interval',
    'start',
    'agents',
    'offered',
    'firstCalls',
    'redials',
    'answered',
    'abandoned',
    'blocked',
    'inSystem',
    'pickupRate',
    'pickupRateHalfWidth',
    'callerServedShare',
    'asa',
    'meanWait',
    ...thresholds.map((t) => `serviceLevel${t}`),
    'waitP50',
    'waitP90',
    'meanQueueLength',
    'maxQueueLength',
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
          ...kpiCells(k, hw?.intervals[i], thresholds),
        ]);
      });
      rows.push([...prefix, id, 'total', null, null, ...kpiCells(q, hw, thresholds)]);
    }
    rows.push([
      ...prefix,
      'total',
      'total',
      null,
      null,
      ...kpiCells(report.total, report.halfWidth?.total, thresholds),
    ]);
  }
  return { headers, rows };
}
