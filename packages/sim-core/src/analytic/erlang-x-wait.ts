// What happens to one attempt, given how many calls it finds in an M/M/n/K+M queue served first come,
// first served: answered at once, blocked, or queued behind m callers. Queued, it moves up one place
// at rate nμ + kθ (k callers still ahead: a service ends or one of them hangs up) and hangs up itself
// at rate θ, so it is answered with probability Π_{k=0..m} (nμ + kθ)/(nμ + (k+1)θ), and its wait,
// given it is answered, is a sum of exponential stages of rates nμ + (k+1)θ (the Erlang A
// conditional-wait formulas). Redials do not change this: they join behind it. Shared by the exact
// and unstable-orbit parts of erlangX (analyze keeps its own closed forms).

import { checkSeconds } from './queue-chain.js';

/** Per-attempt outcome metrics, averaged over the states that attempts find. */
export interface AttemptOutcomes {
  waitProbability: number;
  blockProbability: number;
  abandonProbability: number;
  pickupRate: number;
  asa: number;
  meanWait: number;
  serviceLevel(seconds: number): number;
}

/**
 * Outcome metrics of attempts that find `found[i]` calls in the system with probability `found[i]`
 * (i = 0..found.length − 1, summing to 1). With finite `lines`, `found.length` is `lines + 1` and
 * `found[lines]` is the blocking probability. Cost O(found.length); `serviceLevel(t)` costs
 * O(queue positions × (Λt + √(Λt))) per call, Λ the fastest stage rate.
 */
export function attemptOutcomes(
  found: Float64Array,
  agents: number,
  lines: number,
  serviceRate: number,
  abandonRate: number,
): AttemptOutcomes {
  const nmu = agents * serviceRate;
  const theta = abandonRate;
  const top = found.length - 1;
  const blockProbability = Number.isFinite(lines) ? (found[top] ?? 0) : 0;
  const queueTop = Number.isFinite(lines) ? top - 1 : top; // highest state an admitted attempt can find
  let immediate = 0;
  for (let i = 0; i < Math.min(agents, queueTop + 1); i++) immediate += found[i] ?? 0;

  let waiting = 0;
  let answered = immediate;
  let abandoned = 0;
  let waitAnswered = 0;
  let waitAll = 0;
  let pAns = 1; // P(answered | m ahead)
  let stages = 0; // Σ 1/(nμ + (k+1)θ), k = 0..m: mean wait of the answered
  let meanMin = 0; // E[min(wait, patience) | m ahead]
  for (let m = 0; agents + m <= queueTop; m++) {
    const rate = nmu + (m + 1) * theta;
    if (rate > 0) {
      const advance = nmu + m * theta;
      pAns *= advance / rate;
      stages += 1 / rate;
      meanMin = 1 / rate + (advance / rate) * meanMin;
    } else {
      pAns = 0;
      stages = Number.POSITIVE_INFINITY;
      meanMin = Number.POSITIVE_INFINITY;
    }
    const q = found[agents + m] ?? 0;
    if (q <= 0) continue;
    waiting += q;
    abandoned += q * (1 - pAns);
    if (pAns > 0) {
      answered += q * pAns;
      waitAnswered += q * pAns * stages;
    }
    waitAll += q * meanMin;
  }

  const positions = Math.max(0, queueTop - agents + 1);
  const pickupRate = answered;
  return {
    waitProbability: waiting,
    blockProbability,
    abandonProbability: abandoned,
    pickupRate,
    asa: answered > 0 ? waitAnswered / answered : Number.POSITIVE_INFINITY,
    meanWait: waitAll,
    serviceLevel(seconds: number): number {
      checkSeconds(seconds);
      if (seconds === Number.POSITIVE_INFINITY) return pickupRate;
      if (seconds === 0 || positions === 0 || nmu === 0) return immediate;
      return immediate + answeredWithin(found, agents, positions, nmu, theta, seconds);
    },
  };
}

/**
 * Probability mass of queued attempts answered within t, by uniformisation of the "places ahead"
 * death process started from found[agents + k] at k places ahead, with the attempt's own patience as
 * a killing rate θ. The absorbed mass at step s counts with weight P(N(t) ≥ s), N ~ Poisson(Λt).
 */
function answeredWithin(
  found: Float64Array,
  agents: number,
  positions: number,
  nmu: number,
  theta: number,
  t: number,
): number {
  const lam = nmu + positions * theta; // fastest total rate, nμ + (m+1)θ at m = positions − 1
  const v = found.slice(agents, agents + positions);
  const stay = new Float64Array(positions);
  const move = new Float64Array(positions); // from k to k − 1 (k = 0: answered)
  for (let k = 0; k < positions; k++) {
    stay[k] = 1 - (nmu + (k + 1) * theta) / lam;
    move[k] = (nmu + k * theta) / lam;
  }
  const x = lam * t;
  const logX = Math.log(x);
  let logPmf = -x; // log P(N = s − 1), starting at s = 1
  let tail = 1; // P(N ≥ s)
  let remaining = 0;
  for (let k = 0; k < positions; k++) remaining += v[k] ?? 0;
  const stopMass = remaining * 1e-17;
  const lastStep = x + 40 * Math.sqrt(x) + 50; // beyond it P(N ≥ s) is far below 1e-17
  let total = 0;
  for (let s = 1; s <= lastStep; s++) {
    tail -= Math.exp(logPmf);
    logPmf += logX - Math.log(s);
    if (tail <= 1e-17 && s > x) break;
    const absorbed = (v[0] ?? 0) * (move[0] ?? 0);
    total += absorbed * Math.max(tail, 0);
    remaining = 0;
    for (let k = 0; k < positions - 1; k++) {
      const next = (v[k] ?? 0) * (stay[k] ?? 0) + (v[k + 1] ?? 0) * (move[k + 1] ?? 0);
      v[k] = next;
      remaining += next;
    }
    const last = (v[positions - 1] ?? 0) * (stay[positions - 1] ?? 0);
    v[positions - 1] = last;
    remaining += last;
    if (remaining <= stopMass) break;
  }
  return total;
}
