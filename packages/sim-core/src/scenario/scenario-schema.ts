import { z } from 'zod';
import { behaviourShape } from '../model/behaviours/behaviour-blocks.js';
import { clockTimeSchema } from './clock-time-schema.js';
import { distributionSpecSchema } from './distribution-spec-schema.js';

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

/** One pool of agents: the queues it serves and its agents per interval. */
export const poolSchema = z.strictObject({
  id: z.string().min(1),
  serves: z.array(z.string().min(1)).min(1),
  /** Agents on duty: one number for all intervals, or one per interval of the day. */
  agents: z.union([z.number().int().min(0), z.array(z.number().int().min(0))], {
    error: AGENTS_PER_INTERVAL,
  }),
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
  intervalSeconds: z.number().gt(0).default(1800),
  intervals: z.number().int().min(1).optional(),
  /** Clock time of the first interval's start (`'08:30'`): labels intervals with clock times. */
  opensAt: clockTimeSchema.optional(),
  days: z.number().int().min(1).default(1),
  warmupSeconds: z.number().min(0).default(0),
  serviceLevelSeconds: z.array(z.number().gt(0)).default([20]),
  /** Day-to-day busyness: each day's calls are multiplied by a gamma factor of mean 1 and this cv. 0: none. */
  dailyVariationCv: z.number().min(0).default(0),
  /** Keep serving the callers still waiting after the last interval until the queue is empty. */
  drain: z.boolean().default(false),
  queues: z.array(queueSchema).min(1),
  pools: z.array(poolSchema).min(1),
});
