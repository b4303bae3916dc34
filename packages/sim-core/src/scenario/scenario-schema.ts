import { z } from 'zod';
import { distributionSpecSchema } from './distribution-spec-schema.js';

const PER_INTERVAL = 'must be a number >= 0 or a list of them, one per interval';
const AGENTS_PER_INTERVAL = 'must be an integer >= 0 or a list of them, one per interval';

/** Redials of abandoned and blocked callers (DESIGN.md). */
export const redialSchema = z.strictObject({
  probability: z.number().min(0).max(1),
  delay: distributionSpecSchema,
  maxAttempts: z.number().int().min(1).optional(),
});

/** One queue: its calls per interval, handle time, patience, lines, priority and redials. */
export const queueSchema = z.strictObject({
  id: z.string().min(1),
  calls: z.union([z.number().min(0), z.array(z.number().min(0))], { error: PER_INTERVAL }),
  handleTime: distributionSpecSchema,
  patience: distributionSpecSchema.optional(),
  lines: z.number().int().min(1).optional(),
  priority: z.number().optional(),
  redial: redialSchema.optional(),
});

/** One pool of agents: the queues it serves and its agents per interval. */
export const poolSchema = z.strictObject({
  id: z.string().min(1),
  serves: z.array(z.string().min(1)).min(1),
  agents: z.union([z.number().int().min(0), z.array(z.number().int().min(0))], {
    error: AGENTS_PER_INTERVAL,
  }),
});

/**
 * The zod schema of the scenario format of DESIGN.md, field by field with defaults, strict about
 * unknown keys. It checks each field on its own; `parseScenario` adds the rules that tie fields
 * together (unique ids, existing queues, list lengths, warm-up shorter than the horizon) and expands
 * `calls` and `agents` to one entry per interval. Exported for tools (editors, form generators).
 */
export const scenarioSchema = z.strictObject({
  name: z.string().min(1).default('scenario'),
  seed: z.number().int().default(1),
  intervalSeconds: z.number().gt(0).default(1800),
  intervals: z.number().int().min(1).optional(),
  days: z.number().int().min(1).default(1),
  warmupSeconds: z.number().min(0).default(0),
  serviceLevelSeconds: z.array(z.number().gt(0)).default([20]),
  dailyVariationCv: z.number().min(0).default(0),
  drain: z.boolean().default(false),
  queues: z.array(queueSchema).min(1),
  pools: z.array(poolSchema).min(1),
});

/** A scenario as the schema returns it: defaults applied, `calls`/`agents` not yet expanded. */
export type ScenarioInput = z.output<typeof scenarioSchema>;
