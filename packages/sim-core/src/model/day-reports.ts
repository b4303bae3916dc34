import { type OutcomeAccumulator, SUMMED_ARRAYS } from '../metrics/accumulator.js';
import type { Kpis } from '../metrics/kpis.js';
import type { PoolIntegral } from '../metrics/pool-integral.js';
import type { QueueLengthIntegral } from '../metrics/queue-length-integral.js';
import { combineReplications } from '../metrics/replications.js';
import { buildTotals, type SimulationReport } from '../metrics/report.js';
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

/**
 * Cuts a running model's measurements into days without changing the run's report: at each day's
 * end it takes the difference of the counters that add up (against a copy kept from the previous
 * day's end) and, for the maxima (longest queue, longest wait), keeps the run's maxima aside and
 * starts the day's from the current state; `restore` gives the model back its whole-run maxima
 * before the run's report is built. Memory: two copies of the counters, O(cells × wait bins),
 * allocated once and overwritten each day, so a day leaves no typed array behind and memory does not
 * grow with the number of days; each day costs as much as the totals of one report (no intervals).
 */
export class DaySplitter {
  private readonly model: CallCentre;
  /** The counters at the previous day's end. */
  private readonly previous: OutcomeAccumulator;
  private readonly previousQueueArea: Float64Array;
  private readonly previousPools: [Float64Array, Float64Array, Float64Array];
  /** The day's own figures, overwritten at each day's end. */
  private readonly dayOutcomes: OutcomeAccumulator;
  private readonly dayQueueLengths: { area: Float64Array; max: Float64Array };
  private readonly dayPools: { busyArea: Float64Array; presentArea: Float64Array; staffedArea: Float64Array };
  private readonly dayTime: Float64Array;
  private readonly runQueueMax: Float64Array;
  private readonly runWaitMax: Float64Array;
  private readonly dates: readonly string[] | null;
  private day = 0;

  constructor(model: CallCentre, dates: readonly string[] | null) {
    this.model = model;
    this.dates = dates;
    const { outcomes, queueLengths, pools } = model;
    this.previous = outcomes.clone();
    this.previousQueueArea = queueLengths.area.slice();
    this.previousPools = [pools.busyArea.slice(), pools.presentArea.slice(), pools.staffedArea.slice()];
    this.dayOutcomes = outcomes.clone();
    this.dayQueueLengths = { area: queueLengths.area.slice(), max: queueLengths.max.slice() };
    this.dayPools = {
      busyArea: pools.busyArea.slice(),
      presentArea: pools.presentArea.slice(),
      staffedArea: pools.staffedArea.slice(),
    };
    this.dayTime = new Float64Array(model.config.intervals);
    this.runQueueMax = queueLengths.max.slice();
    this.runWaitMax = outcomes.waitMax.slice();
  }

  /** The report of the day that ends now (the model stopped at its end, or finished for the last day). */
  endDay(): DayReport {
    const m = this.model;
    const c = m.config;
    const now = m.calendar.now;
    m.queueLengths.boundary(now, m.interval % c.intervals);
    m.pools.boundary(now, m.interval % c.intervals);
    const outcomes = this.dayOutcomes.copyFrom(m.outcomes);
    for (const key of SUMMED_ARRAYS) subtract(outcomes[key as Summed], this.previous[key as Summed]);
    const lengths = this.dayQueueLengths;
    difference(lengths.area, m.queueLengths.area, this.previousQueueArea);
    lengths.max.set(m.queueLengths.max);
    const [busy, present, staffed] = this.previousPools;
    const day = this.dayPools;
    difference(day.busyArea, m.pools.busyArea, busy);
    difference(day.presentArea, m.pools.presentArea, present);
    difference(day.staffedArea, m.pools.staffedArea, staffed);
    const { total, queues, pools } = buildTotals({
      queueIds: c.queueIds,
      poolIds: c.poolIds,
      intervals: c.intervals,
      outcomes,
      queueLengths: lengths as QueueLengthIntegral,
      pools: day as PoolIntegral,
      measuredTime: this.measuredTime(),
      scheduledAgents: c.agents,
    });
    const date = this.dates?.[this.day];
    const dayReport: DayReport = {
      day: this.day,
      ...(date === undefined ? {} : { date }),
      total,
      queues,
      pools,
    };
    this.startNextDay();
    return dayReport;
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
    this.previous.copyFrom(m.outcomes);
    this.previousQueueArea.set(m.queueLengths.area);
    const p = m.pools;
    const [busy, present, staffed] = this.previousPools;
    busy.set(p.busyArea);
    present.set(p.presentArea);
    staffed.set(p.staffedArea);
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
    const time = this.dayTime.fill(0);
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

/** Writes `now − previous` into `into`, element by element. */
function difference(into: Float64Array, now: Float64Array, previous: Float64Array): void {
  for (let k = 0; k < into.length; k++) into[k] = now[k]! - previous[k]!;
}
