// erlangX when every unanswered caller redials (probability 1) and the load is at least the agents:
// the agents cannot serve everyone, so the orbit grows without bound. Reported as its limit: attempts
// flood the queue, so per attempt almost nothing is answered.

import type { ErlangXMetrics, ErlangXParams } from './erlang-x-types.js';
import { attemptOutcomes } from './erlang-x-wait.js';
import { checkSeconds } from './queue-chain.js';

/**
 * Limit metrics of an unstable orbit: `stable: false`, attemptRate and attemptsPerCaller Infinity,
 * pickupRate 0, callerServedShare = agents / load (the long-run share served). With lines, the
 * system stays full: every attempt is blocked, meanQueueLength = lines − agents, and the rare
 * admitted attempt (it finds lines − 1 calls) waits `asa`. Without lines, every attempt hangs up after
 * its patience: meanWait = patience, asa and meanQueueLength Infinity. Cost O(lines).
 */
export function erlangXUnstable(params: ErlangXParams): ErlangXMetrics {
  const { arrivalRate, aht, agents } = params;
  const lines = params.lines ?? Number.POSITIVE_INFINITY;
  const patience = params.patience ?? Number.POSITIVE_INFINITY;
  const busy = agents > 0 ? 1 : 0;
  const limit = {
    stable: false,
    pickupRate: 0,
    occupancy: busy,
    serviceLevel(seconds: number) {
      checkSeconds(seconds);
      return 0;
    },
    attemptRate: Number.POSITIVE_INFINITY,
    callerServedShare: Math.min(agents / (arrivalRate * aht), 1),
    attemptsPerCaller: Number.POSITIVE_INFINITY,
    method: 'exact' as const,
  };
  if (Number.isFinite(lines)) {
    const found = new Float64Array(lines + 1);
    found[lines - 1] = 1;
    const admitted = attemptOutcomes(
      found,
      agents,
      lines,
      1 / aht,
      Number.isFinite(patience) ? 1 / patience : 0,
    );
    return {
      ...limit,
      waitProbability: 0,
      blockProbability: 1,
      abandonProbability: 0,
      asa: admitted.asa,
      meanWait: 0,
      meanQueueLength: lines - agents,
    };
  }
  return {
    ...limit,
    waitProbability: 1,
    blockProbability: 0,
    abandonProbability: 1,
    asa: Number.POSITIVE_INFINITY,
    meanWait: patience,
    meanQueueLength: Number.POSITIVE_INFINITY,
  };
}
