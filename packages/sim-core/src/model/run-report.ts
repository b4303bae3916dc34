import { mysteryReport } from '../metrics/mystery-report.js';
import { buildReport, type SimulationReport } from '../metrics/report.js';
import type { CallCentre } from './call-centre.js';

/** Seconds measured (after warm-up and the start state's time, before `upTo` and the end of the last interval) per interval of the day. */
function measuredTime(model: CallCentre, upTo: number): Float64Array {
  const c = model.config;
  const time = new Float64Array(c.intervals);
  const until = Math.min(upTo, c.horizon);
  for (let g = 0; g < c.totalIntervals; g++) {
    const start = Math.max(g * c.intervalSeconds, c.measureFrom);
    const end = Math.min((g + 1) * c.intervalSeconds, until);
    if (end > start) time[g % c.intervals]! += end - start;
  }
  return time;
}

/**
 * The report of a model as of its clock: once finished, the run's report; before, the report the
 * run would give if it ended now (callers waiting counted as in system, without disturbing the run).
 * O((queues + pools) × intervals × wait bins + callers waiting).
 */
export function runReport(model: CallCentre): SimulationReport {
  const c = model.config;
  const now = model.calendar.now;
  let { outcomes, queueLengths, pools } = model;
  if (!model.finished) {
    outcomes = outcomes.clone();
    model.recordWaitingAsInSystem(outcomes, now);
    queueLengths = queueLengths.closedAt(now);
    pools = pools.closedAt(now);
  }
  const report = buildReport({
    queueIds: c.queueIds,
    poolIds: c.poolIds,
    intervals: c.intervals,
    outcomes,
    queueLengths,
    pools,
    measuredTime: measuredTime(model, now),
    rows: c.rows,
    scheduledAgents: c.agents,
  });
  const mystery = mysteryReport([report]);
  if (mystery !== undefined) report.mystery = mystery;
  return report;
}
