import { type CalendarSpec, WEEKDAYS } from './calendar-schema.js';
import type { ScenarioIssue } from './scenario-error.js';
import type { Scenario } from './types.js';

/** A weekday key, `'mon'` … `'sun'`. */
export type Weekday = (typeof WEEKDAYS)[number];

/** One simulated day of a scenario with a `calendar` (see {@link calendarDays}). */
export interface CalendarDay {
  /** Its date, `YYYY-MM-DD`. */
  date: string;
  weekday: Weekday;
  /** Per queue, in the scenario's order: the factor on its calls that day (weekday × peak). */
  factors: number[];
}

const DAY_MS = 86_400_000;

function weekdayOf(ms: number): Weekday {
  // 1970-01-01 was a Thursday; getUTCDay() counts from Sunday.
  return WEEKDAYS[(new Date(ms).getUTCDay() + 6) % 7]!;
}

/** The problems of a calendar the schema cannot see alone: peaks of unknown queues, no open weekday. */
export function calendarIssues(
  calendar: CalendarSpec | undefined,
  queueIds: readonly string[],
): ScenarioIssue[] {
  if (calendar === undefined) return [];
  const issues: ScenarioIssue[] = [];
  const weekdays = calendar.weekdays ?? {};
  if (WEEKDAYS.every((d) => weekdays[d] === 0)) {
    issues.push({
      path: 'calendar.weekdays',
      message: 'every weekday is closed (0): at least one must be open',
    });
  }
  for (const id of Object.keys(calendar.peaks ?? {})) {
    if (!queueIds.includes(id)) {
      issues.push({
        path: `calendar.peaks.${id}`,
        message: `no queue '${id}' (queues: ${queueIds.join(', ')})`,
      });
    }
  }
  return issues;
}

/**
 * The dates a scenario with a `calendar` simulates, and each queue's factor on its calls on each:
 * day 0 is the first open date from `calendar.start`, each next day the next open date (a weekday
 * whose factor is not 0 and that is not in `closed`), `days` of them. A queue's factor on a day is
 * its weekday's factor (default 1) times its peak for that day of the month (default 1); the
 * scenario's `dailyVariationCv`, when set, multiplies on top at run time. Dates are civil dates
 * (UTC arithmetic: no time zone). Cost: O(days + closed dates).
 *
 * @throws RangeError when the scenario has no calendar, or too many closed dates to find `days` open ones.
 * @example
 * ```ts
 * import { calendarDays, parseScenario } from '@decroche/sim-core';
 * const s = parseScenario({ days: 3, intervals: 2,
 *   calendar: { start: '2023-01-05', weekdays: { mon: 1.3, sat: 0, sun: 0 }, peaks: { caf: { 5: 1.6 } } },
 *   queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'exponential', mean: 300 } }],
 *   pools: [{ id: 'p', serves: ['caf'], agents: 30 }] });
 * calendarDays(s).map((d) => `${d.weekday} ${d.date} × ${d.factors[0]}`).join(', ') // => 'thu 2023-01-05 × 1.6, fri 2023-01-06 × 1, mon 2023-01-09 × 1.3'
 * ```
 */
export function calendarDays(scenario: Scenario): CalendarDay[] {
  const calendar = scenario.calendar;
  if (calendar === undefined) throw new RangeError('calendarDays needs a scenario with a calendar');
  const weekdays = calendar.weekdays ?? {};
  const closed = new Set(calendar.closed ?? []);
  const peaks = scenario.queues.map((q) => calendar.peaks?.[q.id] ?? {});
  const days: CalendarDay[] = [];
  let ms = Date.parse(`${calendar.start}T00:00:00Z`);
  for (let scanned = 0; days.length < scenario.days; scanned++, ms += DAY_MS) {
    // One open weekday at least (calendarIssues): each open day is found within a week, or after a closed date.
    if (scanned > 7 * (scenario.days + closed.size + 1)) {
      throw new RangeError(`calendar: fewer than ${scenario.days} open days from ${calendar.start}`);
    }
    const date = new Date(ms).toISOString().slice(0, 10);
    const weekday = weekdayOf(ms);
    const factor = weekdays[weekday] ?? 1;
    if (factor === 0 || closed.has(date)) continue;
    const dayOfMonth = String(new Date(ms).getUTCDate());
    days.push({ date, weekday, factors: peaks.map((p) => factor * (p[dayOfMonth] ?? 1)) });
  }
  return days;
}

/**
 * Per queue and day, the factor on the queue's calls from the scenario's calendar (all 1 without
 * one). The model multiplies the day's random busyness on top. O(queues × days).
 */
export function calendarFactors(scenario: Scenario): number[][] {
  if (scenario.calendar === undefined) {
    return scenario.queues.map(() => new Array<number>(scenario.days).fill(1));
  }
  const days = calendarDays(scenario);
  return scenario.queues.map((_, q) => days.map((d) => d.factors[q]!));
}
