import { analyze } from './analyze.js';
import { checkTarget, requiredAgents, type StaffingTarget } from './required-agents.js';
import { checkNonNegative } from './validate.js';

/** A day of calls to staff, interval by interval (times in seconds). */
export interface StaffingDay {
  /** Length of an interval, seconds (default 1800). */
  intervalSeconds?: number;
  /** Offered calls per interval. */
  calls: number[];
  /** Average handle time, seconds: one for the whole day or one per interval. */
  aht: number | number[];
  /** Mean patience, seconds (exponential); absent: callers never hang up. */
  patience?: number;
  /** Calls in the system at most; absent: unlimited. */
  lines?: number;
  /** Share of paid time agents are not on the phone (breaks, training), in [0, 1); default 0. */
  shrinkage?: number;
}

/** One interval of a staffing table: what it needs and what that staffing achieves. */
export interface StaffingRow {
  interval: number;
  calls: number;
  /** Calls per second. */
  arrivalRate: number;
  /** Erlangs. */
  load: number;
  /** Agents on the phone needed (the fewest meeting the target). */
  agents: number;
  /** Agents to schedule: ⌈agents / (1 − shrinkage)⌉. */
  scheduled: number;
  pickupRate: number;
  /** Share answered within the target's seconds (present when the target has a service level). */
  serviceLevel?: number;
  asa: number;
  occupancy: number;
}

/** A staffing table: one row per interval and the day's totals. */
export interface StaffingTable {
  rows: StaffingRow[];
  totals: {
    calls: number;
    /** Σ agents × interval length, hours. */
    agentHours: number;
    /** Σ scheduled × interval length, hours. */
    scheduledHours: number;
    peakAgents: number;
    peakScheduled: number;
    /** Call-weighted over the day (1 when there are no calls). */
    pickupRate: number;
    /** Call-weighted over the day (present when the target has a service level). */
    serviceLevel?: number;
    /** Mean wait of answered calls over the day, seconds. */
    asa: number;
  };
}

/**
 * Agents per interval for a day of calls: for each interval, the arrival rate calls / intervalSeconds
 * and its AHT give a queue (with the day's patience and lines), staffed with `requiredAgents` for `target`
 * as if in steady state; `scheduled` grosses that up for shrinkage. Rows report what that staffing
 * achieves; totals add agent-hours and call-weighted averages. An interval without calls needs 0 agents.
 *
 * Cost: one staffing search per interval (well under a millisecond each for Erlang C targets).
 * Throws a RangeError for an empty or non-array `calls`, negative or non-finite calls, an `aht` array of
 * another length or bad values, shrinkage outside [0, 1), intervalSeconds ≤ 0, a bad or unreachable
 * target (as `requiredAgents`), naming the interval when it is one.
 * @example
 * ```ts
 * import { staffingTable } from '@decroche/sim-core';
 * const table = staffingTable(
 *   { calls: [100, 0, 250], aht: 180, shrinkage: 0.3 },
 *   { serviceLevel: { seconds: 20, share: 0.8 } },
 * );
 * table.rows.map((r) => r.agents) // => [14, 0, 30]
 * table.rows[0].scheduled // => 20
 * table.totals.agentHours // => 22
 * ```
 */
export function staffingTable(day: StaffingDay, target: StaffingTarget): StaffingTable {
  if (day === null || typeof day !== 'object')
    throw new RangeError(`day must be an object, got ${String(day)}`);
  checkTarget(target);
  const intervalSeconds = day.intervalSeconds ?? 1800;
  checkNonNegative('intervalSeconds', intervalSeconds, true);
  const shrinkage = day.shrinkage ?? 0;
  if (typeof shrinkage !== 'number' || !(shrinkage >= 0 && shrinkage < 1)) {
    throw new RangeError(`shrinkage must be a number in [0, 1), got ${String(shrinkage)}`);
  }
  const { calls, aht, patience, lines } = day;
  if (!Array.isArray(calls) || calls.length === 0) {
    throw new RangeError(`calls must be a non-empty array of numbers, got ${String(calls)}`);
  }
  if (Array.isArray(aht) && aht.length !== calls.length) {
    throw new RangeError(`aht must be a number or an array of ${calls.length} numbers, got ${aht.length}`);
  }
  const rows: StaffingRow[] = calls.map((count, interval) => {
    checkNonNegative(`calls[${interval}]`, count);
    const intervalAht = Array.isArray(aht) ? aht[interval]! : aht;
    checkNonNegative(Array.isArray(aht) ? `aht[${interval}]` : 'aht', intervalAht, true);
    const arrivalRate = count / intervalSeconds;
    const params = { arrivalRate, aht: intervalAht, patience, lines };
    const agents = count === 0 ? 0 : requiredAgents(params, target);
    const row: StaffingRow = {
      interval,
      calls: count,
      arrivalRate,
      load: arrivalRate * intervalAht,
      agents,
      scheduled: Math.ceil(agents / (1 - shrinkage)),
      pickupRate: 1,
      asa: 0,
      occupancy: 0,
    };
    if (target.serviceLevel) row.serviceLevel = 1;
    if (count > 0) {
      const m = analyze({ ...params, agents });
      row.pickupRate = m.pickupRate;
      row.asa = m.asa;
      row.occupancy = m.occupancy;
      if (target.serviceLevel) row.serviceLevel = m.serviceLevel(target.serviceLevel.seconds);
    }
    return row;
  });
  const hours = intervalSeconds / 3600;
  const sum = (f: (r: StaffingRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const totalCalls = sum((r) => r.calls);
  const answered = sum((r) => r.calls * r.pickupRate);
  const weighted = (f: (r: StaffingRow) => number, weight: (r: StaffingRow) => number, all: number) =>
    all > 0 ? sum((r) => f(r) * weight(r)) / all : 1;
  const totals: StaffingTable['totals'] = {
    calls: totalCalls,
    agentHours: sum((r) => r.agents) * hours,
    scheduledHours: sum((r) => r.scheduled) * hours,
    peakAgents: Math.max(...rows.map((r) => r.agents)),
    peakScheduled: Math.max(...rows.map((r) => r.scheduled)),
    pickupRate: weighted(
      (r) => r.pickupRate,
      (r) => r.calls,
      totalCalls,
    ),
    asa: answered > 0 ? sum((r) => r.asa * r.calls * r.pickupRate) / answered : 0,
  };
  if (target.serviceLevel)
    totals.serviceLevel = weighted(
      (r) => r.serviceLevel ?? 1,
      (r) => r.calls,
      totalCalls,
    );
  return { rows, totals };
}
