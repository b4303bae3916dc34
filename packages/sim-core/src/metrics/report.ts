import type { DayReport } from '../model/day-reports.js';
import type { OutcomeAccumulator } from './accumulator.js';
import { addSums, emptySums, type KpiSums, type Kpis, kpisOf } from './kpis.js';
import type { MysteryReport } from './mystery-report.js';
import type { PoolIntegral } from './pool-integral.js';
import type { QueueLengthIntegral } from './queue-length-integral.js';
import { WAIT_BINS } from './wait-histogram.js';

/** The KPIs of one interval of the day, with its clock time when the scenario has `opensAt`. */
export type IntervalKpis = Kpis & { start?: string };

/** KPIs over the run, and per interval of the day (calls count in the interval they arrived). */
export interface RowReport extends Kpis {
  /** One entry per interval of the day, summed over the days simulated. */
  intervals: IntervalKpis[];
}

/** A queue's KPIs over the run and per interval, and those of its call types (the `types` block). */
export interface QueueReport extends RowReport {
  /** Per call type id, the KPIs of the calls of that type (when the queue has `types`). */
  types?: Record<string, RowReport>;
}

/** One interval of the day of a pool. */
export interface PoolIntervalReport {
  /** Clock time of the interval's start (`'08:30'`), when the scenario has `opensAt`. */
  start?: string;
  /** Agents scheduled (on shift, time-averaged), when the pool has shifts or shrinkage; `agents` are those on the phone. */
  scheduled?: number;
  /** Busy-agent time ÷ present-agent time (agents on duty plus busy agents finishing after their shift); null with no agent time. */
  occupancy: number | null;
  /** Agents on duty, time-averaged over the interval (the schedule, unless `setAgents` changed it). */
  agents: number;
}

/** A pool's occupancy over the run and per interval of the day. */
export interface PoolReport {
  occupancy: number | null;
  intervals: PoolIntervalReport[];
}

/** The figures of a report (also the shape of its `halfWidth`). */
export interface ReportFigures {
  /** All queues together, over the run and per interval of the day (`intervals`). */
  total: QueueReport;
  queues: Record<string, QueueReport>;
  pools: Record<string, PoolReport>;
}

/** What `simulate` returns (docs/report.md). */
export interface SimulationReport extends ReportFigures {
  /** 95 % confidence half-widths of every figure, same shape; present when replications > 1. */
  halfWidth?: ReportFigures;
  /** The mystery callers' outcomes, apart from the platform's KPIs (scenarios with `mysteryCallers`). */
  mystery?: MysteryReport;
  /** Each day's report, in order, when `keepDays` was asked for (means over replications). */
  days?: DayReport[];
  /** Each replication's own report, in index order, when `keepReplications` was asked for. */
  replications?: SimulationReport[];
}

/** Everything a run has measured, as the model hands it to {@link buildReport}. */
export interface Measurements {
  queueIds: readonly string[];
  poolIds: readonly string[];
  intervals: number;
  outcomes: OutcomeAccumulator;
  /** Series per queue, then one for all queues (with a single queue, its own series serves for both). */
  queueLengths: QueueLengthIntegral;
  pools: PoolIntegral;
  /** Measured time (after warm-up) per interval of the day, summed over days, seconds. */
  measuredTime: Float64Array;
  /**
   * Rows reported apart within a queue (call types), after the queues' rows in `outcomes` (row
   * `queues + r`) and after the all-queues series in `queueLengths` (series `queues + 1 + r`).
   */
  rows?: readonly { queue: number; key: string; id: string }[];
  /** Scheduled agents per pool and interval of the day (used when an interval has no measured time). */
  scheduledAgents: readonly (readonly number[])[];
}

/** The sums of row `row` of the outcomes (series `series` of the queue lengths) in interval `i`. */
function cellSums(m: Measurements, row: number, series: number, i: number): KpiSums {
  const o = m.outcomes;
  const cell = row * m.intervals + i;
  const lengthCell = series * m.intervals + i;
  const k = o.thresholds.length;
  return {
    offered: o.offered(cell),
    answered: o.answered[cell]!,
    abandoned: o.abandoned[cell]!,
    blocked: o.blocked[cell]!,
    inSystem: o.inSystem[cell]!,
    firstCalls: o.firstCalls[cell]!,
    callersServed: o.callersServed[cell]!,
    waitAnswered: o.waitAnswered[cell]!,
    waitAll: o.waitAll(cell),
    answeredWithin: Array.from(o.answeredWithin.subarray(cell * k, cell * k + k)),
    waitHistogram: o.waitHistogram.subarray(cell * WAIT_BINS, (cell + 1) * WAIT_BINS),
    waitMax: o.waitMax[cell]!,
    queueArea: m.queueLengths.area[lengthCell]!,
    measuredTime: m.measuredTime[i]!,
    maxQueueLength: m.queueLengths.max[lengthCell]!,
    counters: o.counterSpecs.map((_, c) => o.counted(cell, c)),
  };
}

/** Seconds measured over the day: the sum of the intervals' measured time, in order. */
function measuredTotal(m: Measurements): number {
  let total = 0;
  for (let i = 0; i < m.intervals; i++) total += m.measuredTime[i]!;
  return total;
}

/**
 * The sums of row `row` (series `series` of the queue lengths) over the intervals of the day, handing
 * each interval's sums to `each` on the way.
 */
function rowSums(m: Measurements, row: number, series: number, each?: (cell: KpiSums) => void): KpiSums {
  const sums = emptySums(m.outcomes.thresholds.length, m.outcomes.counterSpecs.length);
  for (let i = 0; i < m.intervals; i++) {
    const cell = cellSums(m, row, series, i);
    each?.(cell);
    addSums(sums, cell);
    sums.queueArea += cell.queueArea;
    sums.maxQueueLength = Math.max(sums.maxQueueLength, cell.maxQueueLength);
  }
  sums.measuredTime = measuredTotal(m);
  return sums;
}

/** The all-queues series' cell of interval `i` in the queue lengths (a single queue's own series serves). */
function allQueuesCell(m: Measurements, i: number): number {
  const queueCount = m.queueIds.length;
  return (queueCount > 1 ? queueCount : 0) * m.intervals + i;
}

/** A pool's occupancy over the day: busy ÷ present agent time summed over its intervals; null without agent time. */
function poolOccupancy(m: Measurements, p: number): number | null {
  let busy = 0;
  let present = 0;
  for (let i = 0; i < m.intervals; i++) {
    busy += m.pools.busyArea[p * m.intervals + i]!;
    present += m.pools.presentArea[p * m.intervals + i]!;
  }
  return present > 0 ? busy / present : null;
}

/** The totals of a report without its intervals: all queues, each queue, and each pool's occupancy. */
export interface ReportTotals {
  total: Kpis;
  queues: Record<string, Kpis>;
  pools: Record<string, { occupancy: number | null }>;
}

/**
 * The totals of {@link buildReport}'s report, figure for figure, without building its intervals (or
 * call types): what a day's report needs, at a fraction of the objects. O((queues + pools) ×
 * intervals × WAIT_BINS).
 */
export function buildTotals(m: Measurements): ReportTotals {
  const { thresholds, counterSpecs: counters } = m.outcomes;
  const total = emptySums(thresholds.length, counters.length);
  const queues: Record<string, Kpis> = {};
  m.queueIds.forEach((id, q) => {
    const sums = rowSums(m, q, q);
    addSums(total, sums);
    queues[id] = kpisOf(sums, thresholds, counters);
  });
  for (let i = 0; i < m.intervals; i++) {
    const cell = allQueuesCell(m, i);
    total.queueArea += m.queueLengths.area[cell]!;
    total.maxQueueLength = Math.max(total.maxQueueLength, m.queueLengths.max[cell]!);
  }
  total.measuredTime = measuredTotal(m);
  const pools: Record<string, { occupancy: number | null }> = {};
  m.poolIds.forEach((id, p) => {
    pools[id] = { occupancy: poolOccupancy(m, p) };
  });
  return { total: kpisOf(total, thresholds, counters), queues, pools };
}

/** Builds the report of one run from its measurements. O((queues + pools) × intervals × WAIT_BINS). */
export function buildReport(m: Measurements): SimulationReport {
  const thresholds = m.outcomes.thresholds;
  const counters = m.outcomes.counterSpecs;
  const queueCount = m.queueIds.length;

  /** A row's sums over the run and its report. */
  const rowReport = (row: number, series: number): [KpiSums, RowReport] => {
    const intervals: Kpis[] = [];
    const sums = rowSums(m, row, series, (cell) => intervals.push(kpisOf(cell, thresholds, counters)));
    return [sums, { ...kpisOf(sums, thresholds, counters), intervals }];
  };
  const total = emptySums(thresholds.length, counters.length);
  const queues: Record<string, QueueReport> = {};
  m.queueIds.forEach((id, q) => {
    const [sums, report] = rowReport(q, q);
    addSums(total, sums);
    queues[id] = report;
  });
  (m.rows ?? []).forEach(({ queue, key, id }, r) => {
    const [, report] = rowReport(queueCount + r, queueCount + 1 + r);
    const owner = queues[m.queueIds[queue]!] as unknown as Record<string, Record<string, RowReport>>;
    owner[key] ??= {};
    owner[key][id] = report;
  });
  const totalIntervals: Kpis[] = [];
  for (let i = 0; i < m.intervals; i++) {
    const cell = allQueuesCell(m, i);
    const sums = emptySums(thresholds.length, counters.length);
    for (let q = 0; q < queueCount; q++) addSums(sums, cellSums(m, q, q, i));
    sums.queueArea = m.queueLengths.area[cell]!;
    sums.maxQueueLength = m.queueLengths.max[cell]!;
    sums.measuredTime = m.measuredTime[i]!;
    totalIntervals.push(kpisOf(sums, thresholds, counters));
    total.queueArea += sums.queueArea;
    total.maxQueueLength = Math.max(total.maxQueueLength, sums.maxQueueLength);
  }
  total.measuredTime = measuredTotal(m);

  const pools: Record<string, PoolReport> = {};
  m.poolIds.forEach((id, p) => {
    const intervals: PoolIntervalReport[] = [];
    for (let i = 0; i < m.intervals; i++) {
      const cell = p * m.intervals + i;
      const time = m.measuredTime[i]!;
      intervals.push({
        occupancy:
          m.pools.presentArea[cell]! > 0 ? m.pools.busyArea[cell]! / m.pools.presentArea[cell]! : null,
        // Rounded to 1e-9 so a constant staffing reads back exactly despite summing areas.
        agents:
          time > 0
            ? Math.round((m.pools.staffedArea[cell]! / time) * 1e9) / 1e9
            : (m.scheduledAgents[p]?.[i] ?? 0),
      });
    }
    pools[id] = { occupancy: poolOccupancy(m, p), intervals };
  });
  return { total: { ...kpisOf(total, thresholds, counters), intervals: totalIntervals }, queues, pools };
}
