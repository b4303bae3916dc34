import { z } from 'zod';
import { durationSeconds } from '../../scenario/duration-schema.js';
import { CallerState } from '../caller-store.js';
import { EventPriority } from '../event-priority.js';
import { idlePool, nextQueue } from '../routing.js';
import { type Behaviour, type BehaviourBlock, type BehaviourHost, defineBehaviour } from './behaviour.js';

/** Waiting callers who become eligible for a second pool (the `overflow` block of a queue). */
export const overflowSchema = z.strictObject({
  /** Seconds of waiting (or a duration: `2m`) after which the caller may also be taken by `pool`. */
  afterSeconds: durationSeconds(z.number().min(0)),
  /** Id of the second pool (one not already serving the queue). */
  pool: z.string().min(1),
});

/** A queue's `overflow` block. */
export type OverflowSpec = z.output<typeof overflowSchema>;

/** A queue's overflow as the model reads it (the pool by id; its index is found when attached). */
export interface OverflowConfig {
  afterSeconds: number;
  pool: string;
}

/**
 * Overflow: the `admit` hook sets a timer of `afterSeconds` on each attempt that finds no idle agent
 * of its queue's pools; when it rings, a caller still waiting is taken by an idle agent of the
 * overflow pool, if any. The `agentFree` hook of the overflow pool takes the longest-waiting eligible
 * caller of the queues overflowing into it, unless one of its own queues' callers comes first (higher
 * priority, then earlier arrival). No event and no cost on queues without the block.
 */
class Overflows implements Behaviour {
  readonly pools: readonly number[];
  private readonly host: BehaviourHost;
  private readonly afterSeconds: Float64Array;
  /** Overflow pool of each queue, −1 where the block is off. */
  private readonly poolOf: Int32Array;
  /** Per pool, the queues overflowing into it. */
  private readonly inflow: Int32Array[];
  private readonly timerKind: number;

  constructor(host: BehaviourHost, configs: readonly (OverflowConfig | null)[], firstKind: number) {
    this.host = host;
    this.timerKind = firstKind;
    const poolIds = host.config.poolIds;
    this.afterSeconds = Float64Array.from(configs, (c) => c?.afterSeconds ?? 0);
    this.poolOf = Int32Array.from(configs, (c) => (c === null ? -1 : poolIds.indexOf(c.pool)));
    this.inflow = poolIds.map((_, p) =>
      Int32Array.from(configs.flatMap((_, q) => (this.poolOf[q] === p ? [q] : []))),
    );
    this.pools = poolIds.flatMap((_, p) => (this.inflow[p]!.length > 0 ? [p] : []));
  }

  admit(id: number, q: number, t: number): boolean {
    const host = this.host;
    if (idlePool(host.config.poolsOfQueue[q]!, host.pools.busy, host.pools.staffed) < 0) {
      host.calendar.schedule(t + this.afterSeconds[q]!, this.timerKind, id, EventPriority.arrival);
    }
    return false;
  }

  fire(_event: number, id: number, t: number): void {
    const host = this.host;
    const c = host.callers;
    if (c.state[id] !== CallerState.waiting) return; // answered, gone, or another caller in this slot
    const q = c.queue[id]!;
    const p = this.poolOf[q]!;
    if (p < 0 || c.arrival[id]! + this.afterSeconds[q]! > t) return;
    if (host.pools.busy[p]! < host.pools.staffed[p]!) host.serve(id, p, t);
  }

  agentFree(p: number, t: number): boolean {
    const host = this.host;
    const c = host.callers;
    const lines = host.waiting;
    const priority = host.config.priority;
    const queues = this.inflow[p]!;
    let best = -1;
    let bestPriority = Number.NEGATIVE_INFINITY;
    let bestArrival = Number.POSITIVE_INFINITY;
    for (let k = 0; k < queues.length; k++) {
      const q = queues[k]!;
      if (lines.length[q] === 0) continue;
      const arrival = c.arrival[lines.head[q]!]!;
      if (arrival + this.afterSeconds[q]! > t) continue;
      const prio = priority[q]!;
      if (prio > bestPriority || (prio === bestPriority && arrival < bestArrival)) {
        best = q;
        bestPriority = prio;
        bestArrival = arrival;
      }
    }
    if (best < 0) return false;
    const own = nextQueue(host.config.queuesOfPool[p]!, lines, c, priority);
    if (own >= 0) {
      const ownPriority = priority[own]!;
      const ownArrival = c.arrival[lines.head[own]!]!;
      if (ownPriority > bestPriority || (ownPriority === bestPriority && ownArrival <= bestArrival))
        return false;
    }
    host.serve(lines.head[best]!, p, t);
    return true;
  }
}

/**
 * The `overflow` block: after `afterSeconds` of waiting a caller may also be taken by a second pool.
 * (Its type is written out: inferring it would make the scenario schema's type depend on itself.)
 */
export const overflow: BehaviourBlock<typeof overflowSchema, OverflowConfig, readonly [], 'overflow'> =
  defineBehaviour({
    key: 'overflow',
    schema: overflowSchema,
    counters: [] as const,
    events: 1,
    issues(spec, { path, poolIds, poolsOfQueue }) {
      if (!poolIds.includes(spec.pool)) {
        const known = poolIds.map((id) => `'${id}'`).join(', ');
        return [{ path: `${path}.pool`, message: `no pool has id '${spec.pool}' (pools: ${known})` }];
      }
      if (poolsOfQueue.includes(spec.pool)) {
        return [{ path: `${path}.pool`, message: `pool '${spec.pool}' already serves this queue` }];
      }
      return [];
    },
    resolve: (spec): OverflowConfig => ({ afterSeconds: spec.afterSeconds, pool: spec.pool }),
    attach: (host, configs, { firstKind }) => new Overflows(host, configs, firstKind),
  });
