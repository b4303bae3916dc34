import { z } from 'zod';
import { createDistribution } from '../../random/create-distribution.js';
import type { Distribution, Rng } from '../../random/types.js';
import { distributionSpecSchema } from '../../scenario/distribution-spec-schema.js';
import { CallerState } from '../caller-store.js';
import { EventPriority } from '../event-priority.js';
import { type Behaviour, type BehaviourHost, defineBehaviour, Unanswered } from './behaviour.js';

const probability = z.number().min(0).max(1);

/** Redials of a queue's unanswered callers (the `redial` block of a queue). */
export const redialSchema = z.strictObject({
  /** Probability that a caller whose attempt went unanswered calls again. */
  probability,
  /** Time from the end of the unanswered attempt to the redial. */
  delay: distributionSpecSchema,
  /** Attempts at most, the first included; absent: no limit. */
  maxAttempts: z.number().int().min(1).optional(),
});

/**
 * Redials: a caller whose attempt went unanswered (abandoned or blocked) calls again with
 * `probability`, after a `delay`. `maxAttempts` counts every attempt, the first included; absent: no
 * limit.
 */
export type RedialSpec = z.output<typeof redialSchema>;

/** A queue's redials as the model reads them. */
export interface RedialConfig {
  /** Probability of redialling after an unanswered attempt, by {@link Unanswered} cause. */
  probability: Float64Array;
  delay: Distribution;
  maxAttempts: number;
  /** Draws whether to redial, the delay, and the redial's patience (first calls' streams stay untouched). */
  rng: Rng;
}

const REDIAL = 0;

/** The redial behaviour: the `unanswered` hook schedules the caller's next attempt. */
class Redials implements Behaviour {
  private readonly host: BehaviourHost;
  private readonly configs: readonly (RedialConfig | null)[];
  private readonly redialKind: number;

  constructor(host: BehaviourHost, configs: readonly (RedialConfig | null)[], firstKind: number) {
    this.host = host;
    this.configs = configs;
    this.redialKind = firstKind + REDIAL;
  }

  unanswered(id: number, q: number, t: number, cause: Unanswered): boolean {
    const config = this.configs[q]!;
    const c = this.host.callers;
    const probability = config.probability[cause]!;
    if (probability > 0 && c.attempt[id]! < config.maxAttempts) {
      const rng = config.rng;
      if (rng() < probability) {
        const at = t + config.delay.sample(rng);
        if (at < this.host.config.horizon) {
          c.state[id] = CallerState.redialPending;
          this.host.calendar.schedule(at, this.redialKind, id, EventPriority.arrival);
          return true;
        }
      }
    }
    return false;
  }

  fire(_event: number, id: number, t: number): void {
    const host = this.host;
    const q = host.callers.queue[id]!;
    host.beginAttempt(id, t);
    // A fresh patience for the new attempt, from the redial stream so first calls' streams stay untouched.
    const patience = host.config.patience[q] ?? null;
    host.offer(id, t, patience === null ? Number.POSITIVE_INFINITY : patience.sample(this.configs[q]!.rng));
  }
}

/** The `redial` block: unanswered callers call again. */
export const redial = defineBehaviour({
  key: 'redial',
  schema: redialSchema,
  counters: [],
  events: 1,
  resolve(spec, { queue, path, streams }): RedialConfig | null {
    const byCause = new Float64Array(4);
    byCause[Unanswered.abandoned] = spec.probability;
    byCause[Unanswered.blocked] = spec.probability;
    byCause[Unanswered.dissuaded] = spec.probability;
    byCause[Unanswered.refused] = spec.probability;
    return {
      probability: byCause,
      delay: createDistribution(spec.delay, `${path}.delay`),
      maxAttempts: spec.maxAttempts ?? Number.POSITIVE_INFINITY,
      rng: streams.stream(`redial/${queue.id}`),
    };
  },
  attach: (host, configs, { firstKind }) => new Redials(host, configs, firstKind),
});
