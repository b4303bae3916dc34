import type { CallerStore } from './caller-store.js';
import type { WaitingLines } from './waiting-lines.js';

/**
 * Routing rule for an arriving caller: among the pools serving the queue (`pools`), the one with the
 * most idle agents (staffed − busy), the first listed on ties; −1 when none is idle. Spreading load
 * this way keeps the pools' occupancies close. O(pools serving the queue).
 */
export function idlePool(pools: Int32Array, busy: Int32Array, staffed: Int32Array): number {
  let best = -1;
  let bestIdle = 0;
  for (let k = 0; k < pools.length; k++) {
    const p = pools[k]!;
    const idle = staffed[p]! - busy[p]!;
    if (idle > bestIdle) {
      best = p;
      bestIdle = idle;
    }
  }
  return best;
}

/**
 * Routing rule for a free agent: among the queues its pool serves (`queues`), the one whose head
 * caller comes first — highest `priority`, then the earliest arrival (the caller who has waited
 * longest), then the first listed; −1 when all those lines are empty. O(queues served).
 */
export function nextQueue(
  queues: Int32Array,
  lines: WaitingLines,
  callers: CallerStore,
  priority: Float64Array,
): number {
  let best = -1;
  let bestPriority = Number.NEGATIVE_INFINITY;
  let bestArrival = Number.POSITIVE_INFINITY;
  for (let k = 0; k < queues.length; k++) {
    const q = queues[k]!;
    if (lines.length[q] === 0) continue;
    const arrival = callers.arrival[lines.head[q]!]!;
    const prio = priority[q]!;
    if (prio > bestPriority || (prio === bestPriority && arrival < bestArrival)) {
      best = q;
      bestPriority = prio;
      bestArrival = arrival;
    }
  }
  return best;
}
