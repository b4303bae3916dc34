import { logPoissonWeight } from '../math/log-gamma.js';
import { TRUNCATION, walkFromMode } from './log-concave-sum.js';
import { checkAgents, checkLoad } from './validate.js';

/**
 * Sums of the Poisson weights w_k = load^k / k! relative to the mode m = ⌊load⌋, kept for the last load
 * seen: a staffing search asks for many agent counts at one load, and then each costs O(1).
 *
 * The module-level `memo` below is a pure memo: it holds exactly what `modeSums(load)` would compute
 * afresh (the same arithmetic in the same order), so no result depends on what was asked before —
 * test/analytic/erlang-b.test.ts checks that answers are identical cold, warm and after another load.
 * Bound: one entry (the last load); its `above` list stops growing once the weights left are below
 * TRUNCATION of the total, after about √(2 · 40 · load) + 40 states (≈ 2,900 numbers at 100,000
 * Erlangs), so memory stays O(√load) whatever the calls.
 */
interface ModeSums {
  load: number;
  mode: number;
  /** Σ_{k ≤ m} w_k / w_m. */
  below: number;
  /** above[i] = Σ_{k = m+1}^{m+i} w_k / w_m (above[0] = 0), extended on demand. */
  above: number[];
  /** w_{m + above.length − 1} / w_m. */
  last: number;
  /** True once the weights left are negligible (the sums no longer change). */
  saturated: boolean;
}

let memo: ModeSums | undefined;

function modeSums(load: number): ModeSums {
  if (memo?.load === load) return memo;
  const mode = Math.floor(load);
  const below = walkFromMode((k) => load / (k + 1), mode, 0, mode, false).total;
  memo = { load, mode, below, above: [0], last: 1, saturated: false };
  return memo;
}

/** Σ_{k = m+1}^{m+i} w_k / w_m from the memo, extending it as needed. */
function aboveSum(sums: ModeSums, i: number): number {
  const { above } = sums;
  while (above.length <= i && !sums.saturated) {
    const k = sums.mode + above.length; // the state being added
    sums.last *= sums.load / k;
    const total = sums.below + above[above.length - 1]! + sums.last;
    above.push(total - sums.below);
    if (sums.last < TRUNCATION * total) sums.saturated = true;
  }
  return above[Math.min(i, above.length - 1)]!;
}

/** ln(w_from / w_to) for from < to: direct logs when close, Loader's saddle-point form otherwise. */
function logWeightRatio(from: number, to: number, load: number): number {
  if (to - from > 64) return logPoissonWeight(from, load) - logPoissonWeight(to, load);
  let sum = 0;
  for (let k = from + 1; k <= to; k++) sum += Math.log(k / load);
  return sum;
}

/**
 * ln Σ_{k<n} (load^k / k!) / (load^n / n!): the idle states of an n-agent group weighed against the
 * state where all n are busy (−Infinity for n = 0, Infinity for load 0 and n ≥ 1). The sum is taken
 * around the Poisson mode, which is set against state n in log space, so nothing overflows; the cost is
 * O(√load) (at most O(n)), and O(1) for further calls at the same load with n above the mode. Internal.
 */
export function logIdleRatio(agents: number, load: number): number {
  if (agents === 0) return Number.NEGATIVE_INFINITY;
  if (load === 0) return Number.POSITIVE_INFINITY;
  const mode = Math.floor(load);
  if (agents - 1 < mode) {
    // Σ_{k<n} w_k / w_{n−1}, walked down from n − 1 (ratios k/load < 1): O(load / (load − n)), at most O(√load).
    let total = 1;
    let w = 1;
    for (let k = agents - 1; k > 0; k--) {
      const q = k / load;
      w *= q;
      total += w;
      if (w < TRUNCATION * total && (w * q) / (1 - q) < TRUNCATION * total) break;
    }
    return logWeightRatio(agents - 1, agents, load) + Math.log(total);
  }
  if (load > 1e9) {
    const top = Math.min(agents - 1, mode);
    const window = walkFromMode((k) => load / (k + 1), top, 0, agents - 1, false);
    return logWeightRatio(top, agents, load) + Math.log(window.total);
  }
  const sums = modeSums(load);
  return logWeightRatio(mode, agents, load) + Math.log(sums.below + aboveSum(sums, agents - 1 - mode));
}

/**
 * Erlang B: the probability that a call offered to `agents` servers with no waiting room finds them all
 * busy and is lost (M/M/n/n; insensitive to the handle-time distribution), for a `load` in Erlangs
 * (arrival rate × average handle time). erlangB(0, load) = 1; erlangB(n ≥ 1, 0) = 0.
 *
 * Computed from the idle-to-busy ratio of the Poisson weights summed around their mode in log space:
 * relative error about 1e-13 from 1 to 100,000 agents; values below ~1e-308 underflow to 0. Cost O(√load),
 * at most O(agents).
 *
 * Throws a RangeError when `agents` is not a non-negative integer or `load` not a finite number ≥ 0.
 * @example
 * ```ts
 * import { erlangB } from '@decroche/sim-core';
 * erlangB(10, 8) // => 0.1217
 * erlangB(1, 1) // => 0.5
 * ```
 */
export function erlangB(agents: number, load: number): number {
  checkAgents(agents);
  checkLoad(load);
  const l = logIdleRatio(agents, load);
  // B = 1 / (1 + e^l), written so neither branch overflows.
  return l > 0 ? Math.exp(-l) / (1 + Math.exp(-l)) : 1 / (1 + Math.exp(l));
}
