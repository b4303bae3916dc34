import type { z } from 'zod';
import type { poolSchema, queueSchema, scenarioSchema } from './scenario-schema.js';

export type { RedialSpec } from '../model/behaviours/redial.js';

/**
 * One queue (one service, one phone number) as a validated scenario holds it: the schema's output,
 * with `calls` expanded to one entry per interval of the day.
 */
export type QueueSpec = Omit<z.output<typeof queueSchema>, 'calls'> & {
  /** Expected first-time calls per interval, one entry per interval of the day. */
  calls: number[];
};

/** A group of agents answering one or more queues, `agents` expanded to one entry per interval. */
export type PoolSpec = Omit<z.output<typeof poolSchema>, 'agents'> & {
  /** Agents on the phone per interval, one entry per interval of the day (from `shifts` when given). */
  agents: number[];
  /**
   * Agents scheduled per interval, time-averaged (on shift, breaks included; with `agents` and
   * `shrinkage`, agents ÷ (1 − shrinkage)). Present when the pool has shifts or shrinkage.
   */
  scheduled?: number[];
};

/**
 * A scenario as written, in code or in a JSON or YAML file, before `parseScenario`: the schema's
 * input. Fields with a default may be left out, `calls` and `agents` may be one number for every
 * interval, and `intervals` may be omitted when a list gives it. TypeScript checks a scenario
 * object against it; `parseScenario` checks the rest (ids, list lengths, ranges).
 */
export type ScenarioInput = z.input<typeof scenarioSchema>;

/**
 * A validated scenario with every default applied (the schema's output): `intervals` is known and
 * `calls` and `agents` are expanded to one entry per interval of the day (the same day repeats for
 * `days` days).
 */
export type Scenario = Omit<z.output<typeof scenarioSchema>, 'intervals' | 'queues' | 'pools'> & {
  intervals: number;
  queues: QueueSpec[];
  pools: PoolSpec[];
};
