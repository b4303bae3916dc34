const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * Seconds after midnight of a clock time `HH:MM` or `HH:MM:SS` (24-hour clock, `8:30` accepted).
 * Cost: constant. Throws a RangeError naming `what` and the text when it is not a clock time.
 * @example
 * ```ts
 * import { parseClockTime } from '@decroche/sim-core';
 * parseClockTime('08:30') // => 30600
 * parseClockTime('17:00:30') // => 61230
 * ```
 */
export function parseClockTime(text: string, what = 'clock time'): number {
  const m = typeof text === 'string' ? CLOCK.exec(text.trim()) : null;
  if (!m) throw new RangeError(`${what} must be a clock time such as 08:30, got ${JSON.stringify(text)}`);
  return 3600 * Number(m[1]) + 60 * Number(m[2]) + Number(m[3] ?? 0);
}

/**
 * The clock time `HH:MM` (`HH:MM:SS` when the seconds are not 0) of a number of seconds after
 * midnight; past midnight it goes on counting (`24:30` is half past midnight the next day).
 * Cost: constant. Throws a RangeError for a negative or non-finite number.
 * @example
 * ```ts
 * import { formatClockTime } from '@decroche/sim-core';
 * formatClockTime(30600) // => '08:30'
 * formatClockTime(30600 + 45) // => '08:30:45'
 * ```
 */
export function formatClockTime(seconds: number): string {
  if (!(Number.isFinite(seconds) && seconds >= 0)) {
    throw new RangeError(`seconds must be a finite number >= 0, got ${String(seconds)}`);
  }
  const whole = Math.round(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  const hm = `${two(Math.floor(whole / 3600))}:${two(Math.floor(whole / 60) % 60)}`;
  return whole % 60 === 0 ? hm : `${hm}:${two(whole % 60)}`;
}
