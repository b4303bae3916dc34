const DURATION = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/;

/** What a duration may look like, for error messages. */
export const DURATION_HINT = 'a duration such as 90s, 6m or 1h30m, or a number of seconds';

/**
 * Reads a duration written for people, `90s`, `6m`, `1h30m`, `1.5h` (hours, minutes, seconds in that
 * order, each optional, no spaces inside), or a number of seconds (`420`, `'420'`), and returns it in
 * seconds. Numbers are returned as they are: the caller checks their range. Cost: constant.
 *
 * Throws a RangeError naming `what` and the text when it is not a duration.
 * @example
 * ```ts
 * import { parseDuration } from '@decroche/sim-core';
 * parseDuration('1h30m') // => 5400
 * parseDuration('6m') // => 360
 * parseDuration(90) // => 90
 * let message = '';
 * try { parseDuration('7 min', 'handleTime.mean') } catch (e) { message = e.message }
 * message // => "handleTime.mean must be a duration such as 90s, 6m or 1h30m, or a number of seconds, got '7 min'"
 * ```
 */
export function parseDuration(value: number | string, what = 'duration'): number {
  if (typeof value === 'number') return value;
  const seconds = readDuration(value);
  if (seconds === undefined) throw new RangeError(`${what} must be ${DURATION_HINT}, got '${value}'`);
  return seconds;
}

/** The seconds a duration text stands for, or undefined when it is not one (see `parseDuration`). */
export function readDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const m = DURATION.exec(trimmed);
  if (!m || trimmed === '') return undefined;
  const [, h, min, s] = m;
  return 3600 * Number(h ?? 0) + 60 * Number(min ?? 0) + Number(s ?? 0);
}
