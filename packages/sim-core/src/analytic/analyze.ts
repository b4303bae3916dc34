import { logIdleRatio } from './erlang-b.js';
import { erlangCFromRatio } from './erlang-c.js';
import { chainMetrics, checkSeconds } from './queue-chain.js';
import type { QueueMetrics, QueueParams } from './types.js';
import { checkAgents, checkNonNegative } from './validate.js';

/**
 * Validates queue parameters; throws a RangeError naming the first bad one. `agents` may be skipped
 * (staffing search). Internal.
 */
export function checkQueueParams(params: Omit<QueueParams, 'agents'> & { agents?: number }): void {
  if (params === null || typeof params !== 'object') {
    throw new RangeError(`params must be an object, got ${String(params)}`);
  }
  checkNonNegative('arrivalRate', params.arrivalRate);
  checkNonNegative('aht', params.aht, true);
  if (params.agents !== undefined) checkAgents(params.agents);
  const { patience, lines } = params;
  if (patience !== undefined && patience !== Number.POSITIVE_INFINITY)
    checkNonNegative('patience', patience, true);
  if (lines !== undefined && lines !== Number.POSITIVE_INFINITY) {
    checkAgents(lines, 'lines');
    if (params.agents !== undefined && lines < params.agents) {
      throw new RangeError(`lines must be ≥ agents (${params.agents}), got ${lines}`);
    }
  }
}

/**
 * Steady-state performance of one queue served by `agents` identical agents: M/M/n (Erlang C) when
 * callers never hang up and lines are unlimited, M/M/n+M (Erlang A) with exponential `patience` (mean, s),
 * and M/M/n/K, M/M/n/K+M with `lines` = K calls in the system at most (an arrival finding K is blocked).
 * Times in seconds, `arrivalRate` per second, `aht` the mean handle time (exponential).
 *
 * Exact formulas: the birth–death chain on calls in the system, summed around its mode in log space
 * (relative error about 1e-12 from 1 to 100,000 agents; probabilities below ~1e-17 are returned as 0).
 * serviceLevel(t) is exact too: a waiting call's delay is a sum of exponential phases of rates nμ + kθ,
 * giving P(answered within t) per arriving state through a negative-binomial count (see answer-delay.ts).
 * M/M/n with load ≥ agents returns `stable: false`: waitProbability 1, infinite waits and queue,
 * serviceLevel 0, occupancy 1 and pickupRate = agents / load (the long-run throughput share).
 *
 * Cost O(√load) plus the waiting states holding mass (O(1/(1 − ρ)) or O(√(λ · patience))); serviceLevel
 * adds the longest queue held. Throws a RangeError for a negative, NaN or infinite arrivalRate or aht
 * (aht must be > 0), non-integer agents, patience ≤ 0, non-integer lines or lines < agents, and when a
 * pathological input would need more than 20 million states (e.g. overload with patience of years).
 * @example
 * ```ts
 * import { analyze } from '@decroche/sim-core';
 * const m = analyze({ arrivalRate: 8 / 300, aht: 300, agents: 10 });
 * m.waitProbability // => 0.4092
 * m.asa // => 61.4
 * m.serviceLevel(20) // => 0.6419
 * analyze({ arrivalRate: 8 / 300, aht: 300, agents: 10, patience: 120 }).pickupRate // => 0.9268
 * ```
 */
export function analyze(params: QueueParams): QueueMetrics {
  checkQueueParams(params);
  const { arrivalRate, aht, agents } = params;
  const patience = params.patience ?? Number.POSITIVE_INFINITY;
  const lines = params.lines ?? Number.POSITIVE_INFINITY;
  const theta = patience === Number.POSITIVE_INFINITY ? 0 : 1 / patience;
  const room = lines - agents;
  if (theta === 0 && room === Number.POSITIVE_INFINITY) return erlangCMetrics(arrivalRate, aht, agents);
  if (theta === 0 && agents === 0) return allBlocked(lines);
  return chainMetrics({ arrivalRate, serviceRate: 1 / aht, agents, abandonRate: theta, waitingRoom: room });
}

function erlangCMetrics(arrivalRate: number, aht: number, agents: number): QueueMetrics {
  const load = arrivalRate * aht;
  if (load >= agents) {
    return {
      stable: false,
      waitProbability: 1,
      blockProbability: 0,
      abandonProbability: 0,
      pickupRate: load > 0 ? agents / load : 0,
      asa: Number.POSITIVE_INFINITY,
      meanWait: Number.POSITIVE_INFINITY,
      meanQueueLength: Number.POSITIVE_INFINITY,
      occupancy: agents > 0 ? 1 : 0,
      serviceLevel(seconds: number) {
        checkSeconds(seconds);
        return 0;
      },
    };
  }
  const c = erlangCFromRatio(agents, load, logIdleRatio(agents, load));
  const drain = (agents - load) / aht; // nμ − λ
  const meanWait = c / drain;
  return {
    stable: true,
    waitProbability: c,
    blockProbability: 0,
    abandonProbability: 0,
    pickupRate: 1,
    asa: meanWait,
    meanWait,
    meanQueueLength: arrivalRate * meanWait,
    occupancy: load / agents,
    serviceLevel(seconds: number) {
      checkSeconds(seconds);
      return 1 - c * Math.exp(-drain * seconds);
    },
  };
}

function allBlocked(lines: number): QueueMetrics {
  return {
    stable: true,
    waitProbability: 0,
    blockProbability: 1,
    abandonProbability: 0,
    pickupRate: 0,
    asa: Number.POSITIVE_INFINITY,
    meanWait: 0,
    meanQueueLength: lines,
    occupancy: 0,
    serviceLevel(seconds: number) {
      checkSeconds(seconds);
      return 0;
    },
  };
}
