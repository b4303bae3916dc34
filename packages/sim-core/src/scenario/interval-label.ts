import { formatClockTime, parseClockTime } from './clock-time.js';

/**
 * The label of interval `i` of the day for tables, CSV and charts: its clock time (`'09:00'`) when
 * the scenario says when the day opens (`opensAt`), else its number (`'2'`). Cost: constant.
 * Throws a RangeError for an interval outside the day.
 * @example
 * ```ts
 * import { intervalLabel, parseScenario } from '@decroche/sim-core';
 * const scenario = parseScenario({ opensAt: '08:30', intervals: 4,
 *   queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'exponential', mean: 300 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 20 }] });
 * intervalLabel(scenario, 1) // => '09:00'
 * intervalLabel({ ...scenario, opensAt: undefined }, 1) // => '1'
 * ```
 */
export function intervalLabel(
  scenario: { opensAt?: string | undefined; intervalSeconds: number; intervals: number },
  i: number,
): string {
  if (!(Number.isInteger(i) && i >= 0 && i < scenario.intervals)) {
    throw new RangeError(`interval must be an integer in [0, ${scenario.intervals}), got ${String(i)}`);
  }
  if (scenario.opensAt === undefined) return String(i);
  return formatClockTime(parseClockTime(scenario.opensAt, 'opensAt') + i * scenario.intervalSeconds);
}
