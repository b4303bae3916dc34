import type { DistributionSpec } from '../random/types.js';

/**
 * Redials: abandoned and blocked callers call again with `probability`, after a `delay`.
 * `maxAttempts` counts every attempt, the first included; absent: no limit.
 */
export interface RedialSpec {
  probability: number;
  delay: DistributionSpec;
  maxAttempts?: number;
}

/** One queue (one service, one phone number) as a scenario describes it. */
export interface QueueSpec {
  id: string;
  /** Expected first-time calls per interval, one entry per interval of the day. */
  calls: number[];
  handleTime: DistributionSpec;
  /** Absent: callers never hang up. */
  patience?: DistributionSpec;
  /** Calls in the system at most (queued plus in service). Absent: unlimited. */
  lines?: number;
  /** Higher is served first by a pool serving several queues; equal priorities: longest wait first. */
  priority?: number;
  redial?: RedialSpec;
}

/** A group of agents answering one or more queues. */
export interface PoolSpec {
  id: string;
  serves: string[];
  /** Agents on duty per interval, one entry per interval of the day. */
  agents: number[];
}

/**
 * A validated scenario with every default applied: `calls` and `agents` are expanded to one entry
 * per interval of the day (the same day repeats for `days` days).
 */
export interface Scenario {
  name: string;
  seed: number;
  intervalSeconds: number;
  intervals: number;
  days: number;
  warmupSeconds: number;
  serviceLevelSeconds: number[];
  /** Day-to-day busyness: each day's calls are multiplied by a gamma factor of mean 1 and this cv. 0: none. */
  dailyVariationCv: number;
  /** Keep serving the callers still waiting after the last interval until the queue is empty. */
  drain: boolean;
  queues: QueueSpec[];
  pools: PoolSpec[];
}
