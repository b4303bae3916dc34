import { walkFromMode } from './log-concave-sum.js';

/** A birth–death chain on states 0, 1, …, maxState (a continuous-time Markov chain moving ±1). */
export interface BirthDeathChain {
  /** Rate from state k to k + 1 (k < maxState), ≥ 0. */
  birthRate(state: number): number;
  /** Rate from state k to k − 1 (k ≥ 1), > 0. */
  deathRate(state: number): number;
  /** Highest state, or Infinity (the weights must then be summable). */
  maxState: number;
}

/** Stationary probabilities of the states first, …, first + probabilities.length − 1; others are negligible. */
export interface StationaryDistribution {
  first: number;
  probabilities: Float64Array;
  /** The most likely state. */
  mode: number;
}

/**
 * Stationary distribution of a unimodal birth–death chain: one whose ratio birthRate(k) / deathRate(k + 1)
 * does not increase with k (true of every M/M/n/K+M queue, with or without redials folded into the rates).
 * The mode is found by galloping and bisection on that ratio, then the weights are walked outwards from it
 * and truncated where the rest is below 2^-57 of the total, so probabilities are exact to about 1e-15 of
 * the total and tiny ones come out as 0, with no overflow even for millions of states.
 *
 * Cost O(log(mode) + the states holding mass): O(√load) for a 100,000-agent queue. Throws a RangeError for
 * a negative or non-integer maxState, a negative or NaN rate met on the way, or more than 20 million states
 * holding mass. Use it for single-queue chains whose rates are not the plain Erlang ones; `analyze` is the
 * faster choice for those.
 * @example
 * ```ts
 * import { solveBirthDeath } from '@decroche/sim-core';
 * // M/M/1/3 with λ = 1, μ = 2: probabilities ∝ 1, 1/2, 1/4, 1/8.
 * const d = solveBirthDeath({ birthRate: () => 1, deathRate: () => 2, maxState: 3 });
 * d.probabilities[0] // => 0.5333
 * d.probabilities.length // => 4
 * ```
 */
export function solveBirthDeath(chain: BirthDeathChain): StationaryDistribution {
  const { maxState } = chain;
  if (maxState !== Number.POSITIVE_INFINITY && !(Number.isInteger(maxState) && maxState >= 0)) {
    throw new RangeError(`maxState must be an integer ≥ 0 or Infinity, got ${String(maxState)}`);
  }
  const ratio = (k: number): number => {
    const up = chain.birthRate(k);
    const down = chain.deathRate(k + 1);
    if (!(up >= 0) || !(down > 0) || up === Number.POSITIVE_INFINITY) {
      throw new RangeError(
        `rates at state ${k} must be finite, birth ≥ 0 and death > 0, got ${up} and ${down}`,
      );
    }
    return up / down;
  };
  const mode = findMode(ratio, maxState);
  const { first, weights, total } = walkFromMode(ratio, mode, 0, maxState);
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / total;
  return { first, probabilities: weights, mode };
}

/** The first k in [0, max] with ratio(k) ≤ 1 (or max). Galloping then bisection: O(log k). */
function findMode(ratio: (k: number) => number, max: number): number {
  if (max === 0 || ratio(0) <= 1) return 0;
  let lo = 0; // ratio(lo) > 1
  let step = 1;
  let hi = Math.min(max, 1);
  while (hi < max && ratio(hi) > 1) {
    lo = hi;
    step *= 2;
    hi = Math.min(max, lo + step);
    if (!Number.isFinite(hi) || hi > 2 ** 52)
      throw new RangeError('chain has no mode: birth rates outgrow death rates');
  }
  if (hi === max && ratio(hi) > 1) return max;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ratio(mid) > 1) lo = mid;
    else hi = mid;
  }
  return hi;
}
