import { z } from 'zod';
import { createDistribution } from '../../random/create-distribution.js';
import { sampleBeyond } from '../../random/sample-beyond.js';
import type { Distribution, Rng } from '../../random/types.js';
import { distributionSpecSchema } from '../../scenario/distribution-spec-schema.js';
import { durationSeconds } from '../../scenario/duration-schema.js';
import { CallerState } from '../caller-store.js';
import { EventPriority } from '../event-priority.js';
import { type Behaviour, type BehaviourHost, defineBehaviour, Unanswered } from './behaviour.js';

const probability = z.number().min(0).max(1);

/** Redials of a queue's unanswered callers (the `redial` block of a queue). */
export const redialSchema = z.strictObject({
  /** Probability that a caller whose attempt went unanswered calls again (every cause not in `byCause`). */
  probability,
  /** Time from the end of the unanswered attempt to the redial. */
  delay: distributionSpecSchema,
  /** Attempts at most, the first included; absent: no limit. */
  maxAttempts: z.number().int().min(1).optional(),
  /** Probability of redialling by how the attempt ended; a cause left out takes `probability`. */
  byCause: z
    .strictObject({
      abandoned: probability.optional(),
      blocked: probability.optional(),
      dissuaded: probability.optional(),
      refused: probability.optional(),
    })
    .optional(),
  /** Probability of the 2nd and later redials, whatever the cause; absent: as for the first. */
  later: probability.optional(),
  /**
   * The platform hangs up a redial that comes less than this many seconds after the end of the
   * caller's previous attempt: the attempt counts as `refused` (and may be redialled again). Seconds,
   * or a duration (`10m`).
   */
  refuseWithinSeconds: durationSeconds(z.number().gt(0)).optional(),
});

/**
 * Redials: a caller whose attempt went unanswered (abandoned, blocked, dissuaded or refused) calls
 * again with `probability` (or its cause's, `byCause`; `later` from the 2nd redial on), after a
 * `delay`. `maxAttempts` counts every attempt, the first included; absent: no limit. With
 * `refuseWithinSeconds`, a redial that soon after the previous attempt is hung up, counted `refused`.
 */
export type RedialSpec = z.output<typeof redialSchema>;

/** A queue's redials as the model reads them. */
export interface RedialConfig {
  /** Probability of the first redial after an unanswered attempt, by {@link Unanswered} cause. */
  probability: Float64Array;
  /** The same for the 2nd and later redials. */
  later: Float64Array;
  /** Redials coming sooner than this after the previous attempt are refused (0: none). */
  refuseWithin: number;
  delay: Distribution;
  maxAttempts: number;
  /** Draws whether to redial, the delay, and the redial's patience (first calls' streams stay untouched). */
  rng: Rng;
}

const REDIAL = 0;
const REFUSED = 1;

/**
 * The redial behaviour: the `unanswered` hook schedules the caller's next attempt (an event that
 * offers it again, or, when it comes too soon, one that refuses it).
 */
class Redials implements Behaviour {
  private readonly host: BehaviourHost;
  private readonly configs: readonly (RedialConfig | null)[];
  private readonly firstKind: number;
  private readonly refusedCounter: number;

  constructor(
    host: BehaviourHost,
    configs: readonly (RedialConfig | null)[],
    firstKind: number,
    refused: number,
  ) {
    this.host = host;
    this.configs = configs;
    this.firstKind = firstKind;
    this.refusedCounter = refused;
  }

  unanswered(id: number, q: number, t: number, cause: Unanswered): boolean {
    const config = this.configs[q]!;
    const c = this.host.callers;
    const attempt = c.attempt[id]!;
    const probability = (attempt >= 2 ? config.later : config.probability)[cause]!;
    if (probability > 0 && attempt < config.maxAttempts) {
      const rng = config.rng;
      if (rng() < probability) {
        const delay = config.delay.sample(rng);
        const at = t + delay;
        if (at < this.host.config.horizon) {
          c.state[id] = CallerState.redialPending;
          c.arrival[id] = t; // the end of the attempt, until the redial begins (`Simulation.startState`)
          const event = delay < config.refuseWithin ? REFUSED : REDIAL;
          this.host.calendar.schedule(at, this.firstKind + event, id, EventPriority.arrival);
          return true;
        }
      }
    }
    return false;
  }

  redialing(id: number, q: number, t: number, elapsed: number, rng: Rng): void {
    const config = this.configs[q]!;
    const left = sampleBeyond(config.delay, elapsed, rng);
    if (t + left >= this.host.config.horizon) {
      this.host.release(id);
      return;
    }
    const c = this.host.callers;
    c.state[id] = CallerState.redialPending;
    c.arrival[id] = t - elapsed;
    const event = elapsed + left < config.refuseWithin ? REFUSED : REDIAL;
    this.host.calendar.schedule(t + left, this.firstKind + event, id, EventPriority.arrival);
  }

  fire(event: number, id: number, t: number): void {
    const host = this.host;
    const rng = this.configs[host.callers.queue[id]!]!.rng;
    host.beginAttempt(id, t);
    if (event === REFUSED) {
      host.endUnanswered(id, t, this.refusedCounter, Unanswered.refused);
      return;
    }
    // A fresh patience for the new attempt, from the redial stream so first calls' streams stay untouched.
    host.offer(id, t, host.drawPatience(id, rng));
  }
}

/** The `redial` block: unanswered callers call again. */
export const redial = defineBehaviour({
  key: 'redial',
  schema: redialSchema,
  counters: [{ name: 'refused', offered: true }],
  events: 2,
  resolve(spec, { queue, path, streams }): RedialConfig | null {
    const first = new Float64Array(4);
    const by = spec.byCause ?? {};
    first[Unanswered.abandoned] = by.abandoned ?? spec.probability;
    first[Unanswered.blocked] = by.blocked ?? spec.probability;
    first[Unanswered.dissuaded] = by.dissuaded ?? spec.probability;
    first[Unanswered.refused] = by.refused ?? spec.probability;
    const later = spec.later === undefined ? first : new Float64Array(4).fill(spec.later);
    return {
      probability: first,
      later,
      refuseWithin: spec.refuseWithinSeconds ?? 0,
      delay: createDistribution(spec.delay, `${path}.delay`),
      maxAttempts: spec.maxAttempts ?? Number.POSITIVE_INFINITY,
      rng: streams.stream(`redial/${queue.id}`),
    };
  },
  attach: (host, configs, { firstKind, counters }) => new Redials(host, configs, firstKind, counters[0]!),
});
