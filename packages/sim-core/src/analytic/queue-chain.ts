// Steady state of M/M/n/K+M (and its special cases with θ = 0 or K = ∞) as a birth–death chain on the
// number of calls in the system. States below n are the Erlang-B weights, taken whole from logIdleRatio;
// states n + j (j callers waiting) have weights t_j = Π_{i=1..j} λ / (nμ + iθ) relative to state n,
// walked from their mode in log space. Every metric is a sum over that window.

import { advanceTails } from './answer-delay.js';
import { logIdleRatio } from './erlang-b.js';
import { walkFromMode } from './log-concave-sum.js';
import { logPoissonWeight } from './log-gamma.js';
import type { QueueMetrics } from './types.js';

/** Rates of the chain: λ, μ (= 1/aht), n agents, θ (= 1/patience, 0: none), J = K − n (Infinity: none). */
export interface ChainRates {
  arrivalRate: number;
  serviceRate: number;
  agents: number;
  abandonRate: number;
  waitingRoom: number;
}

/** Mean of 1/(nμ + iθ) summed over i = 1 … j + 1: the expected wait of a patient call behind j others. */
function harmonic(full: number, theta: number, j: number): number {
  if (theta === 0) return (j + 1) / full;
  if (j > 64) return (digamma(full / theta + j + 2) - digamma(full / theta + 1)) / theta;
  let h = 0;
  for (let i = 1; i <= j + 1; i++) h += 1 / (full + i * theta);
  return h;
}

/** ψ(x) for x > 0: recurrence up to 8, then the asymptotic series (absolute error below 1e-15). */
function digamma(x: number): number {
  let shift = 0;
  while (x < 8) {
    shift -= 1 / x;
    x += 1;
  }
  const x2 = 1 / (x * x);
  const series = x2 * (1 / 12 - x2 * (1 / 120 - x2 * (1 / 252 - x2 * (1 / 240 - x2 / 132))));
  return shift + Math.log(x) - 0.5 / x - series;
}

/**
 * Metrics of the chain. Requires n ≥ 1 or θ > 0, and (θ > 0 or J finite or λ < nμ). Probabilities below
 * about 1e-17 of the total are returned as 0. Cost O(√load + window of waiting states); serviceLevel(t)
 * costs O(largest queue held + advances beyond it). Throws a RangeError when the window exceeds MAX_WINDOW.
 */
export function chainMetrics(rates: ChainRates): QueueMetrics {
  const { arrivalRate: lambda, serviceRate: mu, agents: n, abandonRate: theta, waitingRoom: room } = rates;
  const full = n * mu;
  const load = lambda / mu;
  const ratio = (j: number) => lambda / (full + (j + 1) * theta);
  // Mode of the waiting states: the first j with ratio(j) ≤ 1.
  let mode: number;
  if (theta === 0) mode = lambda <= full ? 0 : room;
  else {
    mode = Math.max(0, Math.ceil((lambda - full) / theta) - 1);
    while (mode > 0 && ratio(mode - 1) < 1) mode--;
    while (mode < room && ratio(mode) > 1) mode++;
  }
  mode = Math.min(mode, room);
  let logMode = 0;
  if (mode > 0 && theta === 0) logMode = mode * Math.log(lambda / full);
  else if (mode > 0 && mode <= 64) for (let j = 0; j < mode; j++) logMode += Math.log(ratio(j));
  else if (mode > 0)
    logMode =
      logPoissonWeight(full / theta + mode, lambda / theta) - logPoissonWeight(full / theta, lambda / theta);
  const window = walkFromMode(ratio, mode, 0, room);
  const idle = logIdleRatio(n, load);
  // Normalise against the tail's mode: r = ln(idle mass / mode weight), so the large logarithms cancel
  // before anything is exponentiated.
  const r = idle - logMode;
  let noWait: number;
  let scale: number;
  if (r === Number.POSITIVE_INFINITY) {
    noWait = 1;
    scale = 0;
  } else if (r > 0) {
    const e = Math.exp(-r);
    noWait = 1 / (1 + window.total * e);
    scale = e * noWait;
  } else {
    const e = Math.exp(r);
    scale = 1 / (e + window.total);
    noWait = e * scale;
  }
  const { first, weights } = window;
  const last = first + weights.length - 1;
  const lastAccepted = Math.min(last, room - 1);
  let wait = 0;
  let answeredAfterWait = 0;
  let abandon = 0;
  let queue = 0;
  let answeredWaitSum = 0;
  let block = 0;
  let h = lastAccepted >= first && full > 0 ? harmonic(full, theta, first) : 0;
  for (let i = 0; i < weights.length; i++) {
    const j = first + i;
    const p = scale * weights[i]!;
    queue += j * p;
    if (j === room) {
      block = p;
      continue;
    }
    const leave = (j + 1) * theta;
    const answered = full / (full + leave);
    wait += p;
    answeredAfterWait += p * answered;
    abandon += (p * leave) / (full + leave);
    answeredWaitSum += p * answered * h;
    if (full > 0) h += 1 / (full + (j + 2) * theta);
  }
  const pickupRate = noWait + answeredAfterWait;
  const asa = pickupRate > 0 ? answeredWaitSum / pickupRate : Number.POSITIVE_INFINITY;
  // Waiting calls abandon at rate θ, so P(abandon) = θ · E[wait] over all offered calls.
  const meanWait = theta > 0 ? abandon / theta : answeredWaitSum;
  return {
    stable: true,
    waitProbability: Math.min(1, wait),
    blockProbability: Math.min(1, block),
    abandonProbability: Math.min(1, abandon),
    pickupRate: Math.min(1, pickupRate),
    asa,
    meanWait,
    meanQueueLength: queue,
    occupancy: n > 0 ? Math.min(1, (load * pickupRate) / n) : 0,
    serviceLevel(seconds: number): number {
      checkSeconds(seconds);
      if (seconds === Number.POSITIVE_INFINITY) return pickupRate;
      if (seconds === 0 || full === 0 || lastAccepted < first || scale === 0) return noWait;
      const tails = advanceTails(full, theta, seconds, first, lastAccepted);
      let sl = noWait;
      for (let j = first; j <= lastAccepted; j++) {
        const p = scale * weights[j - first]!;
        sl += ((p * full) / (full + (j + 1) * theta)) * tails[j - first]!;
      }
      return Math.min(1, sl);
    },
  };
}

/** Throws unless `seconds` is a number ≥ 0 (Infinity allowed). */
export function checkSeconds(seconds: number): void {
  if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds < 0) {
    throw new RangeError(`seconds must be a number ≥ 0, got ${String(seconds)}`);
  }
}
