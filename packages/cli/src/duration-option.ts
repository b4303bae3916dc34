import { parseDuration } from '@decroche/sim-core';
import { CliError } from './cli-error.js';

/** How a duration may be written in an option, for its messages. */
export const DURATION_FORM = 'such as 20s, 6m or 1h30m, or a number of seconds';

/**
 * Parses an option holding a number of seconds, written as a number (`420`) or a duration (`7m`,
 * `1h30m`, `90s`), into seconds; throws a usage error naming the option, the rule `check` enforces
 * (`rule`, e.g. '> 0') and the value when it is neither or breaks the rule.
 */
export function durationOption(
  name: string,
  raw: string,
  check: (seconds: number) => boolean,
  rule: string,
): number {
  const seconds = readDuration(raw);
  if (seconds === undefined || !check(seconds)) {
    throw new CliError(`option ${name} must be a duration ${rule} (${DURATION_FORM}), got '${raw}'`, 2);
  }
  return seconds;
}

/** The seconds of a duration text (`20s`, `1m`, `1h30m`, `420`), or undefined when it is none. */
export function readDuration(raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  try {
    const seconds = parseDuration(raw);
    return Number.isFinite(seconds) ? seconds : undefined;
  } catch {
    return undefined;
  }
}
