import { z } from 'zod';
import { behaviourShape, scenarioBehaviourShape } from '../model/behaviours/behaviour-blocks.js';
import { calendarSchema } from './calendar-schema.js';
import { clockTimeSchema } from './clock-time-schema.js';
import { distributionSpecSchema } from './distribution-spec-schema.js';
import { durationSeconds } from './duration-schema.js';
import { startStateSchema } from './start-state-schema.js';

/** Days a scenario may simulate at most: a leap year. */
export const MAX_DAYS = 366;
/** Intervals a scenario's day may have at most. */
export const MAX_INTERVALS = 1_000_000;

const PER_INTERVAL = 'must be a number >= 0 or a list of them, one per interval';
const AGENTS_PER_INTERVAL = 'must be an integer >= 0 or a list of them, one per interval';

/**
 * One queue (one service, one phone number): its calls per interval, handle time, patience, lines,
 * priority, and the caller behaviour blocks (`behaviours/`), each optional.
 */
export const queueSchema = z.strictObject({
  id: z.string().min(1),
  /** Expected first-time calls per interval: one number for all, or one per interval of the day. */
  calls: z.union([z.number().min(0), z.array(z.number().min(0))], { error: PER_INTERVAL }),
  handleTime: distributionSpecSchema,
  /** Absent: callers never hang up. */
  patience: distributionSpecSchema.optional(),
  /** Calls in the system at most (queued plus in service). Absent: unlimited. */
  lines: z.number().int().min(1).optional(),
  /** Higher is served first by a pool serving several queues; equal priorities: longest wait first. */
  priority: z.number().optional(),
  ...behaviourShape,
});

/** A break every agent of a shift takes: its clock time and length. */
export const shiftBreakSchema = z.strictObject({
  start: clockTimeSchema,
  minutes: z.number().gt(0),
});

/** `count` agents working from `start` to `end` (clock times), with their breaks. */
export const shiftSchema = z.strictObject({
  start: clockTimeSchema,
  end: clockTimeSchema,
  count: z.number().int().min(0),
  breaks: z.array(shiftBreakSchema).optional(),
});

/** One pool of agents: the queues it serves and its agents per interval, or its shifts. */
export const poolSchema = z.strictObject({
  id: z.string().min(1),
  serves: z.array(z.string().min(1)).min(1),
  /** Agents on the phone: one number for all intervals, or one per interval of the day. */
  agents: z
    .union([z.number().int().min(0), z.array(z.number().int().min(0))], {
      error: AGENTS_PER_INTERVAL,
    })
    .optional(),
  /** Staffing as shifts instead of `agents` (the two are exclusive); needs the scenario's `opensAt`. */
  shifts: z.array(shiftSchema).min(1).optional(),
  /** Share of scheduled time not on the phones (absence, training), in [0, 1). */
  shrinkage: z.number().min(0).lt(1).optional(),
  /** Derived by `parseScenario` (agents on shift per interval); accepted so that its output parses again, then recomputed. */
  scheduled: z.array(z.number().min(0)).optional(),
});

/**
 * The zod schema of the scenario format (docs/scenario.md), field by field with defaults, strict about
 * unknown keys. It checks each field on its own; `parseScenario` adds the rules that tie fields
 * together (unique ids, existing queues, list lengths, warm-up shorter than the horizon) and expands
 * `calls` and `agents` to one entry per interval. Exported for tools (editors, form generators).
 */
export const scenarioSchema = z.strictObject({
  name: z.string().min(1).default('scenario'),
  seed: z.number().int().default(1),
  // Times resolve to the millisecond; a day has at most a million intervals; a run at most a year of days.
  intervalSeconds: durationSeconds(z.number().min(0.001)).default(1800),
  intervals: z.number().int().min(1).max(MAX_INTERVALS).optional(),
  /** Clock time of the first interval's start (`'08:30'`): labels intervals with clock times. */
  opensAt: clockTimeSchema.optional(),
  days: z.number().int().min(1).max(MAX_DAYS).default(1),
  /** Dates of the days, weekday factors, closed dates and monthly peaks (absent: identical days). */
  calendar: calendarSchema.optional(),
  warmupSeconds: durationSeconds(z.number().min(0)).default(0),
  serviceLevelSeconds: z.array(durationSeconds(z.number().gt(0))).default([20]),
  /** Day-to-day busyness: each day's calls are multiplied by a gamma factor of mean 1 and this cv. 0: none. */
  dailyVariationCv: z
    .number()
    .min(0)
    .max(10)
    .refine((cv) => cv <= 0 || cv >= 0.001, { error: 'must be 0 or >= 0.001' })
    .default(0),
  /** Keep serving the callers still waiting after the last interval until the queue is empty. */
  drain: z.boolean().default(false),
  queues: z.array(queueSchema).min(1),
  pools: z.array(poolSchema).min(1),
  ...scenarioBehaviourShape,
  /** The state the run starts from (intraday re-planning): callers waiting and redialing, agents busy. */
  start: startStateSchema.optional(),
});
