import { z } from 'zod';
import type { OutcomeAccumulator } from '../../metrics/accumulator.js';
import { createDistribution } from '../../random/create-distribution.js';
import type { Distribution, Rng } from '../../random/types.js';
import { distributionSpecSchema } from '../../scenario/distribution-spec-schema.js';
import { durationSeconds } from '../../scenario/duration-schema.js';
import { CallerState } from '../caller-store.js';
import { EventPriority } from '../event-priority.js';
import { nextQueue } from '../routing.js';
import { WaitingLines } from '../waiting-lines.js';
import { type Behaviour, type BehaviourBlock, type BehaviourHost, defineBehaviour } from './behaviour.js';

const probability = z.number().min(0).max(1);

/** Callbacks offered to callers facing a long wait (the `callback` block of a queue). */
export const callbackSchema = z
  .strictObject({
    /** The callback is offered when the caller's expected wait is over this, seconds (or a duration: `5m`). */
    offerAboveWait: durationSeconds(z.number().min(0)),
    /** Share of the callers offered a callback who take it. */
    acceptance: probability,
    /** When agents call back: in the caller's turn, only when nobody waits, or only in `window`. */
    rule: z.enum(['keep-place', 'when-idle', 'window']).default('keep-place'),
    /** First and last interval of the day (from 0, both included) when `rule` is `window`. */
    window: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
    /** Probability that a callback is not picked up. */
    failure: probability.default(0),
    /** Further tries after a callback that was not picked up. */
    retries: z.number().int().min(0).default(0),
    /** Time from a try that was not picked up to the next. */
    retryDelay: distributionSpecSchema.optional(),
  })
  .superRefine((spec, ctx) => {
    if (spec.rule === 'window' && spec.window === undefined) {
      ctx.addIssue({ code: 'custom', path: ['window'], message: "is required when rule is 'window'" });
    }
    if (spec.window !== undefined && spec.window[1] < spec.window[0]) {
      ctx.addIssue({
        code: 'custom',
        path: ['window', 1],
        message: `must be >= the first interval ${spec.window[0]}, got ${spec.window[1]}`,
      });
    }
    if (spec.retries > 0 && spec.failure > 0 && spec.retryDelay === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['retryDelay'],
        message: 'is required when retries > 0 and failure > 0',
      });
    }
  });

/** A queue's `callback` block. */
export type CallbackSpec = z.output<typeof callbackSchema>;

const KEEP_PLACE = 0;
const WHEN_IDLE = 1;
const WINDOW = 2;
const RULES = { 'keep-place': KEEP_PLACE, 'when-idle': WHEN_IDLE, window: WINDOW } as const;

/** A queue's callbacks as the model reads them. */
export interface CallbackConfig {
  offerAboveWait: number;
  acceptance: number;
  rule: number;
  windowFirst: number;
  windowLast: number;
  failure: number;
  retries: number;
  retryDelay: Distribution | null;
  /** Draws acceptance, failure and retry delays (the other streams stay untouched). */
  rng: Rng;
}

// Counters, in the order of the block's `counters`.
const PENDING = 0;
const OFFERED = 1;
const ACCEPTED = 2;
const COMPLETED = 3;
const FAILED = 4;
const DELAY = 5;
/** `holding[id]`: not held, waiting for its callback, waiting to be tried again. */
const NOT_HELD = 0;
const DUE = 1;
const RETRY_PENDING = 2;

/**
 * Callbacks: the `admit` hook offers an arriving caller who would wait longer than `offerAboveWait`
 * a callback; a caller who accepts leaves the line (no line used, no hang-up) and joins the queue's
 * callback list, in request order. The `agentFree` hook has a free agent call the oldest request
 * when the rule allows it: keep-place, when its turn comes among the waiting callers (priority, then
 * arrival); when-idle, when nobody waits in the pool's queues; window, in the window's intervals,
 * before waiting callers. A try may go unanswered (`failure`, taking no agent time); the caller is
 * tried again after `retryDelay`, first in the list, up to `retries` times, then counts as abandoned.
 */
class Callbacks implements Behaviour {
  private readonly host: BehaviourHost;
  private readonly configs: readonly (CallbackConfig | null)[];
  private readonly counter: readonly number[];
  private readonly retryKind: number;
  /** Callers waiting for their callback, per queue, in request order (linked through the caller store). */
  private readonly lines: WaitingLines;
  /** Per pool, the queues with callbacks it serves. */
  private readonly callbackQueues: Int32Array[];
  private holding = new Uint8Array(0);
  private tries = new Int32Array(0);
  private holdCount = 0;

  constructor(
    host: BehaviourHost,
    configs: readonly (CallbackConfig | null)[],
    counter: readonly number[],
    firstKind: number,
  ) {
    this.host = host;
    this.configs = configs;
    this.counter = counter;
    this.retryKind = firstKind;
    this.lines = new WaitingLines(configs.length, host.callers);
    this.callbackQueues = host.config.queuesOfPool.map((queues) =>
      Int32Array.from([...queues].filter((q) => configs[q] !== null)),
    );
  }

  admit(id: number, q: number, _t: number): boolean {
    const host = this.host;
    const model = host.config;
    if (host.waiting.length[q]! + host.inService[q]! >= model.lines[q]!) return false;
    const { busy, staffed } = host.pools;
    const pools = model.poolsOfQueue[q]!;
    let agents = 0;
    for (let k = 0; k < pools.length; k++) {
      const p = pools[k]!;
      if (staffed[p]! > busy[p]!) return false; // answered at once
      agents += staffed[p]!;
    }
    const config = this.configs[q]!;
    const ahead = host.waiting.length[q]! + (config.rule === KEEP_PLACE ? this.lines.length[q]! : 0);
    const expectedWait =
      agents > 0 ? ((ahead + 1) * model.handleTime[q]!.mean) / agents : Number.POSITIVE_INFINITY;
    if (!(expectedWait > config.offerAboveWait)) return false;
    const c = host.callers;
    host.count(id, this.counter[OFFERED]!);
    if (config.rng() >= config.acceptance) return false;
    host.count(id, this.counter[ACCEPTED]!);
    if (id >= this.holding.length) this.grow(c.capacity);
    this.tries[id] = 0;
    this.holding[id] = DUE;
    this.holdCount++;
    c.state[id] = CallerState.held;
    this.lines.push(q, id);
    return true;
  }

  agentFree(p: number, t: number): boolean {
    const host = this.host;
    const c = host.callers;
    const priority = host.config.priority;
    const queues = this.callbackQueues[p]!;
    for (;;) {
      const waiting = nextQueue(host.config.queuesOfPool[p]!, host.waiting, c, priority);
      const waitingArrival = waiting >= 0 ? c.arrival[host.waiting.head[waiting]!]! : 0;
      let best = -1;
      let bestPriority = Number.NEGATIVE_INFINITY;
      let bestArrival = Number.POSITIVE_INFINITY;
      for (let k = 0; k < queues.length; k++) {
        const q = queues[k]!;
        if (this.lines.length[q] === 0) continue;
        const config = this.configs[q]!;
        const arrival = c.arrival[this.lines.head[q]!]!;
        const prio = priority[q]!;
        if (config.rule === WHEN_IDLE && waiting >= 0) continue;
        if (config.rule === WINDOW && !this.inWindow(config)) continue;
        if (config.rule === KEEP_PLACE && waiting >= 0) {
          const waitingPriority = priority[waiting]!;
          if (prio < waitingPriority || (prio === waitingPriority && arrival > waitingArrival)) continue;
        }
        if (prio > bestPriority || (prio === bestPriority && arrival < bestArrival)) {
          best = q;
          bestPriority = prio;
          bestArrival = arrival;
        }
      }
      if (best < 0) return false;
      if (this.callBack(this.lines.shift(best), best, p, t)) return true;
    }
  }

  boundary(_g: number, t: number): void {
    for (let p = 0; p < this.callbackQueues.length; p++) {
      if (this.callbackQueues[p]!.length > 0) this.dispatch(p, t);
    }
  }

  fire(_event: number, id: number, t: number): void {
    const q = this.host.callers.queue[id]!;
    this.holding[id] = DUE;
    this.lines.unshift(q, id);
    const pools = this.host.config.poolsOfQueue[q]!;
    for (let k = 0; k < pools.length; k++) this.dispatch(pools[k]!, t);
  }

  held(): number {
    return this.holdCount;
  }

  recordHeld(outcomes: OutcomeAccumulator, t: number): void {
    for (let id = 0; id < this.holding.length; id++) {
      if (this.holding[id] === NOT_HELD) continue;
      this.host.recordHeldAttempt(outcomes, id, this.counter[PENDING]!, t);
    }
  }

  /** Idle agents of pool `p` call back while the rules allow. */
  private dispatch(p: number, t: number): void {
    const pools = this.host.pools;
    while (pools.busy[p]! < pools.staffed[p]! && this.agentFree(p, t));
  }

  private inWindow(config: CallbackConfig): boolean {
    const i = this.host.intervalOfDay;
    return i >= config.windowFirst && i <= config.windowLast;
  }

  /** An agent of pool `p` calls caller `id` of queue `q` back; returns whether the caller picked up. */
  private callBack(id: number, q: number, p: number, t: number): boolean {
    const host = this.host;
    const config = this.configs[q]!;
    if (config.failure > 0 && config.rng() < config.failure) {
      if (this.tries[id]! < config.retries) {
        this.tries[id]!++;
        this.holding[id] = RETRY_PENDING;
        host.calendar.schedule(
          t + config.retryDelay!.sample(config.rng),
          this.retryKind,
          id,
          EventPriority.arrival,
        );
        return false;
      }
      this.unhold(id);
      host.count(id, this.counter[FAILED]!);
      host.abandonHeld(id, t);
      return false;
    }
    this.unhold(id);
    host.count(id, this.counter[COMPLETED]!);
    host.count(id, this.counter[DELAY]!, t - host.callers.arrival[id]!);
    host.serve(id, p, t);
    return true;
  }

  private unhold(id: number): void {
    this.holding[id] = NOT_HELD;
    this.holdCount--;
  }

  private grow(capacity: number): void {
    const holding = new Uint8Array(capacity);
    holding.set(this.holding);
    this.holding = holding;
    const tries = new Int32Array(capacity);
    tries.set(this.tries);
    this.tries = tries;
  }
}

const counters = [
  { name: 'callbacks.pending', offered: true },
  { name: 'callbacks.offered', offered: false },
  { name: 'callbacks.accepted', offered: false },
  { name: 'callbacks.completed', offered: false },
  { name: 'callbacks.failed', offered: false },
  { name: 'callbacks.meanDelay', offered: false, per: 'callbacks.completed' },
] as const;

/**
 * The `callback` block: callers facing a long wait may be called back instead. (Its type is written
 * out: inferring it would make the scenario schema's type depend on itself.)
 */
export const callback: BehaviourBlock<typeof callbackSchema, CallbackConfig, typeof counters, 'callback'> =
  defineBehaviour({
    key: 'callback',
    switchable: true,
    schema: callbackSchema,
    counters,
    events: 1,
    issues(spec, { path, intervals }) {
      const last = spec.window?.[1] ?? 0;
      return last < intervals
        ? []
        : [
            {
              path: `${path}.window[1]`,
              message: `must be < ${intervals}, the intervals of a day, got ${last}`,
            },
          ];
    },
    resolve(spec, { queue, path, streams }): CallbackConfig {
      return {
        offerAboveWait: spec.offerAboveWait,
        acceptance: spec.acceptance,
        rule: RULES[spec.rule],
        windowFirst: spec.window?.[0] ?? 0,
        windowLast: spec.window?.[1] ?? 0,
        failure: spec.failure,
        retries: spec.retries,
        retryDelay: spec.retryDelay ? createDistribution(spec.retryDelay, `${path}.retryDelay`) : null,
        rng: streams.stream(`callback/${queue.id}`),
      };
    },
    attach: (host, configs, { firstKind, counters }) => new Callbacks(host, configs, counters, firstKind),
  });
