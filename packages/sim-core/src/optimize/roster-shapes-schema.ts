import { z } from 'zod';
import { clockTimeSchema as clockTime } from '../scenario/clock-time-schema.js';
import { durationSeconds } from '../scenario/duration-schema.js';

/** A break each shift of a shape takes: its length, and where it may start, counted from the shift's start. */
export const rosterBreakSchema = z.strictObject({
  minutes: z.number().gt(0),
  /** Earliest start of the break after the shift's start (a duration). */
  earliest: durationSeconds(z.number().min(0)),
  /** Latest start of the break after the shift's start (a duration). */
  latest: durationSeconds(z.number().min(0)),
});

/** Allowed starts as a range: from `from` to `to` (included) every `every`. */
export const rosterStartRangeSchema = z.strictObject({
  from: clockTime,
  to: clockTime,
  every: durationSeconds(z.number().gt(0)),
});

/** One shift shape: where its shifts may start, how long they last, their breaks, how many, their cost. */
export const rosterShapeSchema = z.strictObject({
  id: z.string().min(1),
  starts: z.union([z.array(clockTime).min(1), rosterStartRangeSchema], {
    error: 'must be a list of clock times or { from, to, every }',
  }),
  length: z.union([durationSeconds(z.number().gt(0)), z.array(durationSeconds(z.number().gt(0))).min(1)]),
  breaks: z.array(rosterBreakSchema).default([]),
  min: z.number().int().min(0).default(0),
  max: z.number().int().min(0).optional(),
  /** Cost of one shift; default: its length in hours (the roster then minimises agent hours). */
  cost: z.number().min(0).optional(),
});

/**
 * The zod schema of the shift shapes `roster` chooses from (the `--shifts` file of `decroche roster`):
 * `breakStep` (default 15 minutes) is the grid on which breaks may start; durations may be written
 * `90s`, `6m`, `1h30m` or in seconds.
 */
export const rosterShapesSchema = z.strictObject({
  breakStep: durationSeconds(z.number().gt(0)).default(900),
  shapes: z.array(rosterShapeSchema).min(1),
});

/** Shift shapes as written (input of `roster`). */
export type RosterShapesInput = z.input<typeof rosterShapesSchema>;
/** Shift shapes once read: defaults applied, durations in seconds. */
export type RosterShapes = z.output<typeof rosterShapesSchema>;
