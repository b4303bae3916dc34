import { type OutcomeAccumulator, SUMMED_ARRAYS } from '../metrics/accumulator.js';
import type { Kpis } from '../metrics/kpis.js';
import type { PoolIntegral } from '../metrics/pool-integral.js';
import type { QueueLengthIntegral } from '../metrics/queue-length-integral.js';
import { combineReplications } from '../metrics/replications.js';
import { buildReport, type RowReport, type SimulationReport } from '../metrics/report.js';
import type { CallCentre } from './call-centre.js';

/**
 * The figures of one simulated day (`simulate`'s `onDay` and `keepDays`): the KPIs of the attempts
 * whose outcome came that day, over all queues and per queue, and the pools' occupancy that day.
 */
export interface DayReport {
  /** Day of the run, from 0. */
  day: number;
  /** Its date (`YYYY-MM-DD`), when the scenario has a `calendar`. */
  date?: string;
  total: Kpis;
  queues: Record<string, Kpis>;
  pools: Record<string, { occupancy: number | null }>;
  /** With replications: the 95 % half-widths of the same figures. */
  halfWidth?: {
    total: Kpis;
    queues: Record<string, Kpis>;
    pools: Record<string, { occupancy: number | null }>;
  };
}

/**
 * The days' reports of several replications combined day by day (means, and 95 % half-widths as
 * `halfWidth`), as `combineReplications` does for whole reports. O(replications × days × figures).
 */
export function combineDays(runs: readonly (readonly DayReport[])[]): DayReport[] {
  const first = runs[0] ?? [];
  return first.map((day, d) => {
    const figures = runs.map((days) => days[d]!) as unknown as SimulationReport[];
    const { total, queues, pools, halfWidth } = combineReplications(figures);
    const combined: DayReport = {
      day: day.day,
      ...(day.date === undefined ? {} : { date: day.date }),
      total,
      queues,
      pools,
    };
    if (halfWidth !== undefined) combined.halfWidth = halfWidth;
    return combined;
  });
}

type Summed = (typeof SUMMED_ARRAYS)[number];

function kpisOnly(row: RowReport): Kpis {
  const { intervals: _, types: __, ...kpis } = row as RowReport & { types?: unknown };
  return kpis;
}

/**
 * Cuts a running model's measurements into days without changing the run's report: at each day's
 * end it takes the difference of the counters that add up (against a copy kept from the previous
 * day's end) and, for the maxima (longest queue, longest wait), keeps the run's maxima aside and
 * starts the day's from the current state; `restore` gives the model back its whole-run maxima
 * before the run's report is built. Memory: one copy of the counters, O(cells × wait bins),
 * whatever the number of days; each day costs as much as one report.
 */
export class DaySplitter {
  private readonly model: CallCentre;
  private previous: OutcomeAccumulator;
  private previousQueueArea: Float64Array;
  private previousPools: [Float64Array, Float64Array, Float64Array];
  private readonly runQueueMax: Float64Array;
  private readonly runWaitMax: Float64Array;
  private readonly dates: readonly string[] | null;
  private day = 0;

  constructor(model: CallCentre, dates: readonly string[] | null) {
    this.model = model;
    this.dates = dates;
    this.previous = model.outcomes.clone();
    this.previousQueueArea = model.queueLengths.area.slice();
    const p = model.pools;
    this.previousPools = [p.busyArea.slice(), p.presentArea.slice(), p.staffedArea.slice()];
    this.runQueueMax = model.queueLengths.max.slice();
    this.runWaitMax = model.outcomes.waitMax.slice();
  }

  /** The report of the day that ends now (the model stopped at its end, or finished for the last day). */
  endDay(): DayReport {
    const m = this.model;
    const c = m.config;
    const now = m.calendar.now;
    m.queueLengths.boundary(now, m.interval % c.intervals);
    m.pools.boundary(now, m.interval % c.intervals);
    const outcomes = m.outcomes.clone();
    for (const key of SUMMED_ARRAYS) subtract(outcomes[key as Summed], this.previous[key as Summed]);
    const queueLengths = {
      area: difference(m.queueLengths.area, this.previousQueueArea),
      max: m.queueLengths.max.slice(),
    } as QueueLengthIntegral;
    const [busy, present, staffed] = this.previousPools;
    const pools = {
      busyArea: difference(m.pools.busyArea, busy),
      presentArea: difference(m.pools.presentArea, present),
      staffedArea: difference(m.pools.staffedArea, staffed),
    } as PoolIntegral;
    const report = buildReport({
      queueIds: c.queueIds,
      poolIds: c.poolIds,
      intervals: c.intervals,
      outcomes,
      queueLengths,
      pools,
      measuredTime: this.measuredTime(),
      rows: c.rows,
      scheduledAgents: c.agents,
    });
    const date = this.dates?.[this.day];
    const day: DayReport = {
      day: this.day,
      ...(date === undefined ? {} : { date }),
      total: kpisOnly(report.total),
      queues: {},
      pools: {},
    };
    for (const id of c.queueIds) day.queues[id] = kpisOnly(report.queues[id]!);
    for (const id of c.poolIds) day.pools[id] = { occupancy: report.pools[id]!.occupancy };
    this.startNextDay();
    return day;
  }

  /** Gives the model back the maxima of the whole run (call once, after the last day). */
  restore(): void {
    const max = this.model.queueLengths.max;
    for (let k = 0; k < max.length; k++) max[k] = Math.max(max[k]!, this.runQueueMax[k]!);
    const waitMax = this.model.outcomes.waitMax;
    for (let k = 0; k < waitMax.length; k++) waitMax[k] = Math.max(waitMax[k]!, this.runWaitMax[k]!);
  }

  private startNextDay(): void {
    const m = this.model;
    this.day++;
    this.previous = m.outcomes.clone();
    this.previousQueueArea = m.queueLengths.area.slice();
    const p = m.pools;
    this.previousPools = [p.busyArea.slice(), p.presentArea.slice(), p.staffedArea.slice()];
    if (m.finished) return;
    // The maxima of the next day start from the queue present now, in the interval now open.
    const max = m.queueLengths.max;
    for (let k = 0; k < max.length; k++) this.runQueueMax[k] = Math.max(this.runQueueMax[k]!, max[k]!);
    max.fill(0);
    const now = m.calendar.now;
    if (now >= m.config.warmup && now < m.config.horizon) {
      const intervals = m.config.intervals;
      const open = m.interval % intervals;
      for (let s = 0; s < m.queueLengths.series; s++) max[s * intervals + open] = m.queueLengths.length[s]!;
    }
    const waitMax = m.outcomes.waitMax;
    for (let k = 0; k < waitMax.length; k++) this.runWaitMax[k] = Math.max(this.runWaitMax[k]!, waitMax[k]!);
    waitMax.fill(0);
  }

  /** Seconds measured per interval of the day within the day that ends now (after warm-up, before the horizon). */
  private measuredTime(): Float64Array {
    const c = this.model.config;
    const time = new Float64Array(c.intervals);
    const dayStart = this.day * c.intervals * c.intervalSeconds;
    for (let i = 0; i < c.intervals; i++) {
      const start = Math.max(dayStart + i * c.intervalSeconds, c.warmup);
      const end = Math.min(dayStart + (i + 1) * c.intervalSeconds, c.horizon);
      if (end > start) time[i] = end - start;
    }
    return time;
  }
}

function subtract(into: Float64Array | Uint32Array, previous: Float64Array | Uint32Array): void {
  for (let k = 0; k < into.length; k++) into[k]! -= previous[k]!;
}

function difference(now: Float64Array, previous: Float64Array): Float64Array {
  const result = now.slice();
  subtract(result, previous);
  return result;
}
