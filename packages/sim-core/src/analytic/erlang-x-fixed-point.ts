// Fixed-point erlangX: the attempt stream (first calls plus redials) is treated as Poisson, so each
// attempt meets the M/M/n/K+M queue that `analyze` solves at the total attempt rate λa, and λa solves
// the redial flow balance λa = λ + p·(1 − P(λa))·λa (redials = p × unanswered attempts), P the
// per-attempt pickup rate. Then the share of first-time callers eventually answered is
// P / (1 − p(1 − P)) (geometric number of attempts with the same P each).
//
// Approximation: redials are not Poisson and not independent of the queue (a caller who just failed
// redials when the queue is still likely to be long; the orbit's size fluctuates with the queue). The
// fixed point ignores that correlation; its error against the exact chain is measured in
// test/analytic/erlang-x.test.ts (see erlangX's doc comment for the figures).

import { analyze } from './analyze.js';
import type { ErlangXMetrics, ErlangXParams } from './erlang-x-types.js';

/**
 * Per-attempt metrics of `params` by the redial flow fixed point (orbit assumed stable: redial
 * probability < 1, or load < agents). Cost: about 50 calls of `analyze` (bisection on λa).
 */
export function erlangXFixedPoint(params: ErlangXParams): ErlangXMetrics {
  const lam = params.arrivalRate;
  const p = params.redial.probability;
  const at = (attemptRate: number) => analyze({ ...params, arrivalRate: attemptRate });
  // g(x) = λ − (1 − p)x − p·answered(x) falls strictly with x; g(λ) ≥ 0.
  const g = (x: number) => lam - (1 - p) * x - p * x * at(x).pickupRate;
  let lo = lam;
  let hi = p < 1 ? lam / (1 - p) : 2 * lam;
  while (g(hi) > 0) {
    lo = hi;
    hi *= 2;
    if (!Number.isFinite(hi))
      throw new RangeError(`erlangX: the redial orbit does not settle (arrivalRate ${lam})`);
  }
  for (let k = 0; k < 200 && hi - lo > 1e-14 * hi; k++) {
    const mid = 0.5 * (lo + hi);
    if (g(mid) > 0) lo = mid;
    else hi = mid;
  }
  const attemptRate = 0.5 * (lo + hi);
  const metrics = at(attemptRate);
  const served = metrics.pickupRate;
  return {
    ...metrics,
    attemptRate,
    callerServedShare: Math.min(served / (1 - p * (1 - served)), 1),
    attemptsPerCaller: attemptRate / lam,
    method: 'fixed-point',
  };
}
