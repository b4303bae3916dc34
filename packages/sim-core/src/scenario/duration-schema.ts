import { z } from 'zod';
import { DURATION_HINT, readDuration } from './duration.js';

/**
 * The zod schema of a number of seconds that scenario files may also write as a duration text
 * (`90s`, `6m`, `1h30m`): the text is turned into seconds first, then checked by `seconds` (a
 * number schema carrying the field's own bounds). A text that is no duration is one issue at the
 * field's path. The one place where scenario files' duration texts are read.
 */
export function durationSeconds<T extends z.ZodType<number>>(seconds: T) {
  return z.preprocess<unknown, T, number | string>((value, ctx) => {
    if (typeof value !== 'string') return value;
    const read = readDuration(value);
    if (read === undefined) {
      ctx.addIssue({ code: 'custom', message: `must be ${DURATION_HINT}, got '${value}'`, input: value });
      return z.NEVER;
    }
    return read;
  }, seconds);
}
