// What happens to one attempt, given how many calls it finds in an M/M/n/K+M queue served first come,
// first served: answered at once, blocked, or queued behind m callers. Queued, it moves up one place
// at rate nμ + kθ (k callers still ahead: a service ends or one of them hangs up) and hangs up itself
// at rate θ, so it is answered with probability Π_{k=0..m} (nμ + kθ)/(nμ + (k+1)θ), and its wait,
// given it is answered, is a sum of exponential stages of rates nμ + (k+1)θ (the Erlang A
// conditional-wait formulas). Redials do not change this: they join behind it. Shared by the exact
// and unstable-orbit parts of erlangX; the answered-within-t tails are analyze's (answer-delay.ts).

import { advanceTails } from './answer-delay.js';
import { checkSeconds } from './queue-chain.js';
import type { QueueMetrics } from './types.js';

/** Per-attempt outcome metrics, averaged over the states that attempts find. */
export type AttemptOutcomes = Pick<
  QueueMetrics,
  | 'waitProbability'
  | 'blockProbability'
  | 'abandonProbability'
  | 'pickupRate'
  | 'asa'
  | 'meanWait'
  | 'serviceLevel'
>;

/**
 * Outcome metrics of attempts that find `found[i]` calls in the system with probability `found[i]`
 * (i = 0..found.length − 1, summing to 1). With finite `lines`, `found.length` is `lines + 1` and
 * `found[lines]` is the blocking probability. Cost O(found.length); `serviceLevel(t)` costs
 * O(queue positions) per call plus the walk of `advanceTails`.
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

  const positions = Math.max(0, queueTop - agents + 1);
  const answeredFrom = new Float64Array(positions); // found[agents + m] · P(answered | m ahead)
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
      answeredFrom[m] = q * pAns;
    }
    waitAll += q * meanMin;
  }

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
      // Answered within t with m ahead: P(answered | m) · P(at least m + 1 queue advances within t).
      const tails = advanceTails(nmu, theta, seconds, 0, positions - 1);
      let within = immediate;
      for (let m = 0; m < positions; m++) within += answeredFrom[m]! * tails[m]!;
      return within;
    },
  };
}
