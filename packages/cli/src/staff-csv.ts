import type { Scenario, SimulationReport, StaffingPlan } from '@decroche/sim-core';
import type { CsvCell } from './csv.js';
import { intervalLabel } from './format-table.js';
import { reportCsv } from './report-csv.js';

/**
 * The CSV of a staffing plan: per queue and interval, the expected first calls, the attempts with
 * redials, the agents the queue needs on the phone, those to schedule (÷ (1 − shrinkage) of the pool
 * staffing the queue; the same without shrinkage) and the pickup rate the model predicts with them; a
 * total row per queue (agents summed as agent-hours). With a check, the simulated figures follow on
 * the same rows.
 */
export function staffCsv(
  scenario: Scenario,
  plan: StaffingPlan,
  check: SimulationReport | undefined,
): { headers: string[]; rows: CsvCell[][] } {
  const simulated = check ? reportCsv([{ scenario: plan.scenario, report: check }]) : undefined;
  // reportCsv's rows are queue, interval, start, agents, then the KPIs.
  const kpiHeaders = simulated?.headers.slice(4).map((h) => `simulated_${h}`) ?? [];
  const kpis = new Map(simulated?.rows.map((row) => [`${row[0]}/${row[1]}`, row.slice(4)]));
  const headers = [
    'queue',
    'interval',
    'start',
    'calls',
    'attempts',
    'agents',
    'agentHours',
    'scheduled',
    'scheduledHours',
    'predictedPickupRate',
    ...kpiHeaders,
  ];
  const rows: CsvCell[][] = [];
  const hours = scenario.intervalSeconds / 3600;
  for (const [id, intervals] of Object.entries(plan.queues)) {
    // staffScenario staffs a queue from the first pool serving it.
    const shrinkage = plan.scenario.pools.find((p) => p.serves.includes(id))?.shrinkage ?? 0;
    const gross = (agents: number) => agents / (1 - shrinkage);
    intervals.forEach((s, i) => {
      const label = intervalLabel(scenario, i);
      rows.push([
        id,
        i,
        label === String(i) ? null : label,
        s.calls,
        s.attempts,
        s.agents,
        s.agents * hours,
        gross(s.agents),
        gross(s.agents) * hours,
        s.pickupRate,
        ...(kpis.get(`${id}/${i}`) ?? []),
      ]);
    });
    const sum = (pick: (s: (typeof intervals)[number]) => number) =>
      intervals.reduce((a, s) => a + pick(s), 0);
    rows.push([
      id,
      'total',
      null,
      sum((s) => s.calls),
      sum((s) => s.attempts),
      null,
      sum((s) => s.agents) * hours,
      null,
      gross(sum((s) => s.agents)) * hours,
      null,
      ...(kpis.get(`${id}/total`) ?? []),
    ]);
  }
  return { headers, rows };
}
