import type { BehaviourHost } from './behaviour.js';

/**
 * The wait an attempt arriving now at queue `q` can expect, seconds: 0 when an agent of a pool
 * serving the queue is idle; otherwise (callers waiting in the queue + 1) × mean handle time ÷ agents
 * on duty in those pools — the mean time until as many calls as there are callers ahead, plus one,
 * have ended when every agent is busy (exact for exponential handle times, no abandonment and a pool
 * serving this queue alone; Infinity with no agent on duty). The estimator a platform's "expected
 * wait" announcement uses, and the one the dissuasion and callback blocks compare with their
 * thresholds. O(pools serving the queue).
 */
export function expectedWait(host: BehaviourHost, q: number, meanHandle: number): number {
  const pools = host.config.poolsOfQueue[q]!;
  let agents = 0;
  for (let k = 0; k < pools.length; k++) {
    const p = pools[k]!;
    const staffed = host.pools.staffed[p]!;
    if (host.pools.busy[p]! < staffed) return 0;
    agents += staffed;
  }
  return agents > 0 ? ((host.waiting.length[q]! + 1) * meanHandle) / agents : Number.POSITIVE_INFINITY;
}
