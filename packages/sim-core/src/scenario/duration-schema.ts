import { z } from 'zod';
import { DURATION_HINT, readDuration } from './duration.js';

/** The schemas `durationSeconds` made, so that the JSON Schema can describe them (see below). */
const durationSchemas = new WeakSet<object>();

/** What a duration text looks like, as a JSON Schema pattern. */
const DURATION_PATTERN = '^\\s*(\\d+(\\.\\d+)?|(\\d+(\\.\\d+)?h)?(\\d+(\\.\\d+)?m)?(\\d+(\\.\\d+)?s)?)\\s*$';

/**
 * The zod schema of a number of seconds that scenario files may also write as a duration text
 * (`90s`, `6m`, `1h30m`): the text is turned into seconds first, then checked by `seconds` (a
 * number schema carrying the field's own bounds). A text that is no duration is one issue at the
 * field's path. The one place where scenario files' duration texts are read.
 */
export function durationSeconds<T extends z.ZodType<number>>(seconds: T) {
  const schema = z.preprocess<unknown, T, number | string>((value, ctx) => {
    if (typeof value !== 'string') return value;
    const read = readDuration(value);
    if (read === undefined) {
      ctx.addIssue({ code: 'custom', message: `must be ${DURATION_HINT}, got '${value}'`, input: value });
      return z.NEVER;
    }
    return read;
  }, seconds);
  durationSchemas.add(schema);
  return schema;
}

/**
 * For `z.toJSONSchema`'s `override`: a duration field's input is a number (with its bounds) or a
 * duration text, which the JSON Schema of a preprocess alone cannot say.
 */
export function describeDuration(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = (ctx.zodSchema as { _zod: { def: DurationDef } })._zod.def;
  if (def.type === 'default' && durationSchemas.has(def.innerType as object)) {
    // zod leaves the default of a preprocessed field out of the input schema: put it back.
    ctx.jsonSchema.default = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
    return;
  }
  if (!durationSchemas.has(ctx.zodSchema as object)) return;
  const { $schema: _, ...number } = z.toJSONSchema(def.out as z.ZodType, { io: 'input' });
  for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
  ctx.jsonSchema.anyOf = [number, { type: 'string', pattern: DURATION_PATTERN, description: DURATION_HINT }];
}

interface DurationDef {
  type: string;
  innerType?: unknown;
  defaultValue?: unknown;
  out?: unknown;
}
