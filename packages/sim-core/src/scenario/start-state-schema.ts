import { z } from 'zod';
import { clockTimeSchema } from './clock-time-schema.js';
import { DURATION_HINT, readDuration } from './duration.js';
import { durationSeconds } from './duration-schema.js';

const CLOCK = /^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** Seconds already spent, one entry per caller or agent (a number or a duration such as `4m`). */
const spent = z.array(durationSeconds(z.number().min(0).max(1e10)));

/**
 * The time of a start state: a clock time (`'10:30'`, with `opensAt`), or a number of seconds (or a
 * duration such as `2h`): after midnight with `opensAt`, since the first interval began without it.
 */
const startTime = z.preprocess(
  (value, ctx) => {
    if (typeof value !== 'string' || CLOCK.test(value.trim())) return value;
    const read = readDuration(value);
    if (read === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a clock time such as 10:30, or ${DURATION_HINT}, got '${value}'`,
        input: value,
      });
      return z.NEVER;
    }
    return read;
  },
  z.union([z.number().min(0).max(1e10), clockTimeSchema]),
);

/**
 * The `start` of a scenario: the state of the platform at a time of the day, from which the run
 * predicts the rest of it (intraday re-planning). Per queue, how long each caller waiting has waited
 * and how long ago each caller due to redial ended their attempt; per pool, how long each busy agent
 * has been on their call.
 */
export const startStateSchema = z.strictObject({
  /** When the state was taken (see `startTime`). */
  time: startTime,
  /** Per queue id: `waiting` (seconds waited so far) and `redialing` (seconds since the unanswered attempt ended). */
  queues: z
    .record(z.string(), z.strictObject({ waiting: spent.optional(), redialing: spent.optional() }))
    .optional(),
  /** Per pool id: `busy` (seconds each busy agent has spent on the current call). */
  pools: z.record(z.string(), z.strictObject({ busy: spent.optional() })).optional(),
});

/** A scenario's `start` as validated. */
export type StartState = z.output<typeof startStateSchema>;
