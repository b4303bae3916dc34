import { z } from 'zod';
import { durationSeconds } from '../../scenario/duration-schema.js';
import { idlePool } from '../routing.js';
import { type Behaviour, type BehaviourHost, defineBehaviour, Unanswered } from './behaviour.js';
import { expectedWait } from './expected-wait.js';

/** Dissuasion (the `dissuasion` block of a queue): arriving callers turned away when the queue is long. */
export const dissuasionSchema = z
  .strictObject({
    /** Turn away a caller who finds this many callers waiting, or more, and no agent free. */
    queueLength: z.number().int().min(0).optional(),
    /** Turn away a caller whose expected wait (see the README) is over this many seconds (or a duration: `30m`). */
    expectedWait: durationSeconds(z.number().min(0)).optional(),
  })
  .refine((d) => d.queueLength !== undefined || d.expectedWait !== undefined, {
    message: 'must give queueLength, expectedWait or both',
  });

/**
 * Dissuasion: an arriving caller who finds `queueLength` callers or more waiting (and no agent
 * free), or whose expected wait is over `expectedWait` seconds, hears "call later" and is cut off.
 */
export type DissuasionSpec = z.output<typeof dissuasionSchema>;

/** A queue's dissuasion as the model reads it. */
export interface DissuasionConfig {
  /** Callers waiting from which arrivals are turned away; Infinity when not set. */
  queueLength: number;
  /** Expected wait (seconds) over which arrivals are turned away; Infinity when not set. */
  expectedWait: number;
  /** Mean handle time of the queue's calls, for the expected wait. */
  meanHandle: number;
}

/** The dissuasion behaviour: the `admit` hook turns the attempt away, counted `dissuaded`. */
class Dissuasion implements Behaviour {
  private readonly host: BehaviourHost;
  private readonly configs: readonly (DissuasionConfig | null)[];
  private readonly dissuaded: number;

  constructor(host: BehaviourHost, configs: readonly (DissuasionConfig | null)[], dissuaded: number) {
    this.host = host;
    this.configs = configs;
    this.dissuaded = dissuaded;
  }

  admit(id: number, q: number, t: number): boolean {
    const config = this.configs[q]!;
    const host = this.host;
    const turnedAway =
      (host.waiting.length[q]! >= config.queueLength &&
        idlePool(host.config.poolsOfQueue[q]!, host.pools.busy, host.pools.staffed) < 0) ||
      (config.expectedWait < Number.POSITIVE_INFINITY &&
        expectedWait(host, q, config.meanHandle) > config.expectedWait);
    if (!turnedAway) return false;
    host.endUnanswered(id, t, this.dissuaded, Unanswered.dissuaded);
    return true;
  }
}

/** The `dissuasion` block: long queues turn arriving callers away. */
export const dissuasion = defineBehaviour({
  key: 'dissuasion',
  switchable: true,
  schema: dissuasionSchema,
  counters: [{ name: 'dissuaded', offered: true }],
  events: 0,
  resolve(spec, { meanHandle }): DissuasionConfig {
    return {
      queueLength: spec.queueLength ?? Number.POSITIVE_INFINITY,
      expectedWait: spec.expectedWait ?? Number.POSITIVE_INFINITY,
      meanHandle,
    };
  },
  attach: (host, configs, { counters }) => new Dissuasion(host, configs, counters[0]!),
});
