import { parseClockTime } from './clock-time.js';

/**
 * The run's clock (seconds since the first interval began) at a scenario's `start.time`: with
 * `opensAt`, the time is a clock time (`'10:30'`, or seconds after midnight) and the day's opening is
 * taken off; without, it is already the run's clock. Undefined when the scenario has no start, or a
 * clock time without `opensAt` (a problem `startStateIssues` reports). Cost: constant.
 */
export function startRunSeconds(scenario: {
  opensAt?: string | undefined;
  start?: { time: number | string } | undefined;
}): number | undefined {
  const time = scenario.start?.time;
  if (time === undefined) return undefined;
  if (scenario.opensAt === undefined) return typeof time === 'number' ? time : undefined;
  const clock = typeof time === 'number' ? time : parseClockTime(time);
  return clock - parseClockTime(scenario.opensAt);
}
