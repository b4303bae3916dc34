import { z } from 'zod';

const DATE_MESSAGE = 'must be a date written YYYY-MM-DD, such as 2023-01-02';

/** True when `text` is a real date `YYYY-MM-DD` of the Gregorian calendar (no 2023-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The zod schema of a date `YYYY-MM-DD`. */
export const calendarDateSchema = z
  .string({ error: DATE_MESSAGE })
  .refine(isCalendarDate, { error: DATE_MESSAGE });

/** A factor on the calls of a day: 0 closes it (for weekdays), 100 at most so rates stay finite. */
const callsFactor = z.number().min(0).max(100);

/** Weekday keys, Monday first (ISO order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Factors by day of the month, keyed `'1'` … `'31'`; a bad key is reported at its own path. */
const peaksByDay = z.record(z.string(), z.number().gt(0).max(100)).superRefine((days, ctx) => {
  for (const key of Object.keys(days)) {
    if (!/^([1-9]|[12]\d|3[01])$/.test(key)) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'must be a day of the month, 1 to 31' });
    }
  }
});

/**
 * The calendar of a run over several days (`days` up to 366): the date of its first day, a factor
 * on each weekday's calls (0: closed), dates closed (public holidays), and per queue factors on its
 * calls by day of the month (payment days). Only open days are simulated: day 0 is the first open
 * date from `start`, and each next day the next open date.
 */
export const calendarSchema = z.strictObject({
  /** Date of the first simulated day (or the first open date after it). */
  start: calendarDateSchema,
  /** Factor on the calls of each weekday (absent: 1); 0 closes that weekday. */
  weekdays: z.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, callsFactor.optional()]))).optional(),
  /** Dates on which the platform is closed (skipped, like a closed weekday). */
  closed: z.array(calendarDateSchema).optional(),
  /**
   * Per queue id, factors on its calls by day of the month, e.g. `{ caf: { '5': 1.6 } }`: the
   * queue's calls on the 5th are × 1.6 (on top of the weekday's factor).
   */
  peaks: z.record(z.string().min(1), peaksByDay).optional(),
});

/** A scenario's calendar as validated (see {@link calendarSchema}). */
export type CalendarSpec = z.output<typeof calendarSchema>;
