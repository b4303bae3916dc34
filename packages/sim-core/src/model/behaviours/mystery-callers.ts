import { z } from 'zod';
import { createDistribution } from '../../random/create-distribution.js';
import type { Distribution, Rng } from '../../random/types.js';
import { distributionSpecSchema } from '../../scenario/distribution-spec-schema.js';
import { durationSeconds } from '../../scenario/duration-schema.js';
import { EventPriority } from '../event-priority.js';
import { type Behaviour, type BehaviourHost, defineBehaviour, type Unanswered } from './behaviour.js';

/**
 * Mystery callers (the `mysteryCallers` block of the scenario): test callers following a study's
 * protocol on some queues — `callers` of them per queue (or a number per queue id), each placing its
 * first call at a uniformly random time of the run (after the warm-up), waiting at most `waitSeconds`
 * per attempt, calling again after `retryDelay` when unanswered, `attempts` attempts at most.
 */
export const mysteryCallersSchema = z.strictObject({
  /** Ids of the queues called. */
  queues: z.array(z.string().min(1)).min(1),
  /** Test callers per queue: one number for every queue, or one per queue id. */
  callers: z.union([z.number().int().min(1), z.record(z.string(), z.number().int().min(0))]),
  /** Attempts at most per caller, the first included. */
  attempts: z.number().int().min(1).default(3),
  /** Wait after which an attempt is abandoned, seconds (or a duration: `5m`). */
  waitSeconds: durationSeconds(z.number().gt(0)).default(300),
  /** Time from an unanswered attempt to the next one; default uniform over 10–60 minutes. */
  retryDelay: distributionSpecSchema.default({ dist: 'uniform', min: 600, max: 3600 }),
});

/** The `mysteryCallers` block as written in a scenario. */
export type MysteryCallersSpec = z.output<typeof mysteryCallersSchema>;

/** A queue's mystery callers as the model reads them. */
export interface MysteryCallersConfig {
  callers: number;
  attempts: number;
  waitSeconds: number;
  retryDelay: Distribution;
  /** Draws the first-call times, the retry delays and the handle times (`mystery/<queue id>`). */
  rng: Rng;
}

const FIRST_CALL = 0;
const RETRY = 1;
// Counter indexes among the block's counters.
const CALLERS = 0;
const SERVED = 1;
const FAILED = 2;
const WAIT = 3;

/**
 * The running behaviour. Mystery callers are callers of the model (they take a place in the line, a
 * line and an agent's time) whose attempts carry the metrics cell −1, so that the platform's
 * counters never see them; the behaviour follows each through its `answered` and `unanswered` hooks
 * and counts, in the cell of its first call: callers, served, failed and their total wait.
 */
class MysteryCallers implements Behaviour {
  private readonly host: BehaviourHost;
  private readonly configs: readonly (MysteryCallersConfig | null)[];
  private readonly kind: number;
  private readonly counters: readonly number[];
  /** Per caller id: 1 for a mystery caller in its protocol; its first cell; its wait so far. */
  private mystery = new Uint8Array(0);
  private firstCell = new Int32Array(0);
  private waited = new Float64Array(0);

  constructor(
    host: BehaviourHost,
    configs: readonly (MysteryCallersConfig | null)[],
    kind: number,
    counters: readonly number[],
  ) {
    this.host = host;
    this.configs = configs;
    this.kind = kind;
    this.counters = counters;
  }

  boundary(g: number): void {
    if (g !== 0) return;
    const { warmup, horizon } = this.host.config;
    this.configs.forEach((config, q) => {
      if (config === null) return;
      for (let k = 0; k < config.callers; k++) {
        const at = warmup + config.rng() * (horizon - warmup);
        this.host.calendar.schedule(at, this.kind + FIRST_CALL, q, EventPriority.arrival);
      }
    });
  }

  fire(event: number, payload: number, t: number): void {
    if (event === FIRST_CALL) this.firstCall(payload, t);
    else this.retry(payload, t);
  }

  answered(id: number, _q: number, _t: number, wait: number): void {
    if (this.mystery[id] !== 1) return;
    this.finish(id, this.waited[id]! + wait, SERVED);
  }

  unanswered(id: number, q: number, t: number, _cause: Unanswered): boolean {
    if (this.mystery[id] !== 1) return false;
    const host = this.host;
    const c = host.callers;
    const config = this.configs[q]!;
    this.waited[id]! += t - c.arrival[id]!;
    if (c.attempt[id]! >= config.attempts) {
      this.finish(id, this.waited[id]!, FAILED);
      host.release(id);
      return true;
    }
    const at = t + config.retryDelay.sample(config.rng);
    if (at >= host.config.horizon) {
      // The run ends before the next attempt: the caller is neither served nor failed (unfinished).
      this.mystery[id] = 0;
      host.release(id);
      return true;
    }
    host.calendar.schedule(at, this.kind + RETRY, id, EventPriority.arrival);
    return true;
  }

  private firstCall(q: number, t: number): void {
    const host = this.host;
    const c = host.callers;
    const config = this.configs[q]!;
    const id = c.allocate();
    this.ensureCapacity(c.capacity);
    c.queue[id] = q;
    c.arrival[id] = t;
    c.attempt[id] = 1;
    c.handleTime[id] = host.config.handleTime[q]!.sample(config.rng);
    // Cell −1: the platform's counters skip the attempt, as they skip the warm-up.
    c.cell[id] = -1;
    c.firstCell[id] = -1;
    this.mystery[id] = 1;
    this.firstCell[id] = host.cellOf(q, t);
    this.waited[id] = 0;
    host.outcomes.count(this.firstCell[id]!, this.counters[CALLERS]!);
    host.offer(id, t, config.waitSeconds);
  }

  private retry(id: number, t: number): void {
    const host = this.host;
    host.beginAttempt(id, t);
    host.callers.cell[id] = -1;
    host.offer(id, t, this.configs[host.callers.queue[id]!]!.waitSeconds);
  }

  /** The caller's protocol is over: count it as `outcome` with its total wait. */
  private finish(id: number, totalWait: number, outcome: number): void {
    const cell = this.firstCell[id]!;
    this.host.outcomes.count(cell, this.counters[outcome]!);
    this.host.outcomes.count(cell, this.counters[WAIT]!, totalWait);
    this.mystery[id] = 0;
  }

  private ensureCapacity(capacity: number): void {
    if (this.mystery.length >= capacity) return;
    const mystery = new Uint8Array(capacity);
    mystery.set(this.mystery);
    this.mystery = mystery;
    const firstCell = new Int32Array(capacity);
    firstCell.set(this.firstCell);
    this.firstCell = firstCell;
    const waited = new Float64Array(capacity);
    waited.set(this.waited);
    this.waited = waited;
  }
}

/** The `mysteryCallers` block: test callers following a study's protocol, counted apart. */
export const mysteryCallers = defineBehaviour({
  key: 'mysteryCallers',
  scope: 'scenario',
  schema: mysteryCallersSchema,
  counters: [
    { name: 'mysteryCallers', offered: false },
    { name: 'mysteryServed', offered: false },
    { name: 'mysteryFailed', offered: false },
    { name: 'mysteryWait', offered: false },
  ],
  events: 2,
  resolve(spec, { queue, path, streams }): MysteryCallersConfig | null {
    if (!spec.queues.includes(queue.id)) return null;
    const callers = typeof spec.callers === 'number' ? spec.callers : (spec.callers[queue.id] ?? 0);
    if (callers === 0) return null;
    return {
      callers,
      attempts: spec.attempts,
      waitSeconds: spec.waitSeconds,
      retryDelay: createDistribution(spec.retryDelay, `${path}.retryDelay`),
      rng: streams.stream(`mystery/${queue.id}`),
    };
  },
  attach: (host, configs, { firstKind, counters }) => new MysteryCallers(host, configs, firstKind, counters),
});
