import type { BehaviourKpis } from '../model/behaviours/behaviour-blocks.js';
import type { CounterSpec } from './accumulator.js';
import { histogramQuantile, WAIT_BINS } from './wait-histogram.js';

/**
 * Key performance indicators of a set of attempts (docs/report.md). Counts are attempts
 * (first calls and redials). The behaviour blocks a scenario uses add theirs (`refused`,
 * `dissuaded`, `selfServed`, …: `BehaviourKpis`, one per counter the blocks declare). A rate whose
 * denominator is empty is `null`, never a made-up 0 and never
 * NaN: `pickupRate`, `meanWait`, `serviceLevel` and `callerServedShare` with no offered call; `asa`,
 * `waitP50`, `waitP90` with no answered call; `meanQueueLength` with no measured time.
 * With replications, every figure is the mean over the replications where it is defined.
 */
export interface Kpis extends BehaviourKpis {
  offered: number;
  answered: number;
  abandoned: number;
  blocked: number;
  /**
   * Still waiting when the run ended. offered = answered + abandoned + blocked + inSystem + the
   * blocks' attempt outcomes (`dissuaded`, `refused`).
   */
  inSystem: number;
  /** Offered attempts that were a caller's first call (the rest are redials). */
  firstCalls: number;
  /** Share of first-time callers answered on some attempt (with no redials: the pickup rate). */
  callerServedShare: number | null;
  /** answered ÷ offered. */
  pickupRate: number | null;
  /** Average speed of answer: mean wait of answered attempts, seconds. */
  asa: number | null;
  /** Mean wait of all offered attempts (blocked: 0, abandoned: until hang-up, in system: so far). */
  meanWait: number | null;
  /** Share of offered attempts answered within t seconds, keyed by t. */
  serviceLevel: Record<string, number | null>;
  /** Median wait of answered attempts, seconds: exact to the second up to 600 s, within 1 % beyond. */
  waitP50: number | null;
  /** 90th percentile of the wait of answered attempts, seconds. */
  waitP90: number | null;
  /** Time-averaged number of callers waiting over the measured time. */
  meanQueueLength: number | null;
  /** Longest queue seen. */
  maxQueueLength: number;
}

/** Sums from which {@link kpisOf} computes KPIs (several cells added together). */
export interface KpiSums {
  offered: number;
  answered: number;
  abandoned: number;
  blocked: number;
  inSystem: number;
  firstCalls: number;
  callersServed: number;
  waitAnswered: number;
  waitAll: number;
  /** Answered within each threshold, in the order of `thresholds`. */
  answeredWithin: number[];
  /** A histogram of answered waits, `WAIT_BINS` long. */
  waitHistogram: Float64Array | Uint32Array;
  /** Longest answered wait beyond the histogram's exact range (0 if none). */
  waitMax: number;
  queueArea: number;
  measuredTime: number;
  maxQueueLength: number;
  /** The behaviours' counters, in the order of the accumulator's `counterSpecs`. */
  counters: number[];
}

/** Empty sums for `thresholds` service-level thresholds and `counters` behaviour counters. */
export function emptySums(thresholds: number, counters = 0): KpiSums {
  return {
    offered: 0,
    answered: 0,
    abandoned: 0,
    blocked: 0,
    inSystem: 0,
    firstCalls: 0,
    callersServed: 0,
    waitAnswered: 0,
    waitAll: 0,
    answeredWithin: new Array<number>(thresholds).fill(0),
    waitHistogram: new Float64Array(WAIT_BINS),
    waitMax: 0,
    queueArea: 0,
    measuredTime: 0,
    maxQueueLength: 0,
    counters: new Array<number>(counters).fill(0),
  };
}

/** Adds `from` into `into` (the measured time is not added: callers set it). */
export function addSums(into: KpiSums, from: KpiSums): void {
  into.offered += from.offered;
  into.answered += from.answered;
  into.abandoned += from.abandoned;
  into.blocked += from.blocked;
  into.inSystem += from.inSystem;
  into.firstCalls += from.firstCalls;
  into.callersServed += from.callersServed;
  into.waitAnswered += from.waitAnswered;
  into.waitAll += from.waitAll;
  for (let k = 0; k < into.answeredWithin.length; k++) into.answeredWithin[k]! += from.answeredWithin[k]!;
  for (let b = 0; b < WAIT_BINS; b++) into.waitHistogram[b]! += from.waitHistogram[b]!;
  into.waitMax = Math.max(into.waitMax, from.waitMax);
  for (let k = 0; k < into.counters.length; k++) into.counters[k]! += from.counters[k]!;
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

/**
 * The KPIs of `sums`, service levels keyed by `thresholds` (seconds), then one KPI per behaviour
 * counter of `counters` (the order of `sums.counters`; see {@link CounterSpec} for dotted names and
 * means). O(WAIT_BINS + counters).
 */
export function kpisOf(
  sums: KpiSums,
  thresholds: readonly number[],
  counters: readonly CounterSpec[] = [],
): Kpis {
  const serviceLevel: Record<string, number | null> = {};
  thresholds.forEach((t, k) => {
    serviceLevel[String(t)] = ratio(sums.answeredWithin[k]!, sums.offered);
  });
  const kpis: Kpis = {
    offered: sums.offered,
    answered: sums.answered,
    abandoned: sums.abandoned,
    blocked: sums.blocked,
    inSystem: sums.inSystem,
    firstCalls: sums.firstCalls,
    callerServedShare: ratio(sums.callersServed, sums.firstCalls),
    pickupRate: ratio(sums.answered, sums.offered),
    asa: ratio(sums.waitAnswered, sums.answered),
    meanWait: ratio(sums.waitAll, sums.offered),
    serviceLevel,
    waitP50: histogramQuantile(sums.waitHistogram, 0, 0.5, sums.waitMax),
    waitP90: histogramQuantile(sums.waitHistogram, 0, 0.9, sums.waitMax),
    meanQueueLength: ratio(sums.queueArea, sums.measuredTime),
    maxQueueLength: sums.maxQueueLength,
  };
  const named = kpis as unknown as Record<string, unknown>;
  counters.forEach((spec, k) => {
    const value = spec.per === undefined ? sums.counters[k]! : ratio(sums.counters[k]!, counterSum(spec.per));
    const dot = spec.name.indexOf('.');
    if (dot < 0) named[spec.name] = value;
    else {
      const group = spec.name.slice(0, dot);
      named[group] ??= {};
      (named[group] as Record<string, number | null>)[spec.name.slice(dot + 1)] = value;
    }
  });
  return kpis;

  function counterSum(name: string): number {
    return sums.counters[counters.findIndex((spec) => spec.name === name)] ?? 0;
  }
}
