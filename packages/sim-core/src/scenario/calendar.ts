import type { Scenario } from './types.js';

/** Where a time falls in a scenario's calendar (see {@link intervalAt}). */
export interface CalendarPosition {
  /** Day, from 0. */
  day: number;
  /** Interval of the day, from 0 (indexes `calls` and `agents`). */
  interval: number;
  /** Interval counted from the start of the run, day × intervals + interval. */
  index: number;
}

/**
 * The simulated length of a scenario in seconds, days × intervals × intervalSeconds (arrivals stop
 * there; with `drain` the callers still waiting are served after it). Cost: O(1).
 *
 * @example
 * ```ts
 * import { parseScenario, scenarioHorizon } from '@decroche/sim-core';
 * const s = parseScenario({ days: 2, queues: [{ id: 'q', calls: [10, 20, 30], handleTime: { dist: 'exponential', mean: 180 } }],
 *   pools: [{ id: 'p', serves: ['q'], agents: 3 }] });
 * scenarioHorizon(s) // => 10800
 * ```
 */
export function scenarioHorizon(scenario: Scenario): number {
  return scenario.days * scenario.intervals * scenario.intervalSeconds;
}

/**
 * The day and interval a time (seconds from the start) falls in: interval i of a day covers
 * [i·intervalSeconds, (i + 1)·intervalSeconds). Times at or after the horizon fall in the last
 * interval (a draining platform keeps its last staffing). Cost: O(1).
 *
 * @throws RangeError if `t` is negative or not a number.
 * @example
 * ```ts
 * import { intervalAt, parseScenario } from '@decroche/sim-core';
 * const s = parseScenario({ days: 2, queues: [{ id: 'q', calls: [10, 20, 30], handleTime: { dist: 'exponential', mean: 180 } }],
 *   pools: [{ id: 'p', serves: ['q'], agents: 3 }] });
 * intervalAt(s, 7000) // => { day: 1, interval: 0, index: 3 }
 * ```
 */
export function intervalAt(scenario: Scenario, t: number): CalendarPosition {
  if (typeof t !== 'number' || !(t >= 0)) throw new RangeError(`t must be a number >= 0, got ${t}`);
  const last = scenario.days * scenario.intervals - 1;
  const index = Math.min(Math.floor(t / scenario.intervalSeconds), last);
  return { day: Math.floor(index / scenario.intervals), interval: index % scenario.intervals, index };
}
