import { analyze } from '../analytic/analyze.js';
import { meetsTarget, requiredAgents, type StaffingTarget } from '../analytic/required-agents.js';
import { createDistribution } from '../random/create-distribution.js';
import type { QueueSpec, Scenario } from '../scenario/types.js';

/** What `staffScenario` found for one queue in one interval. */
export interface StaffedInterval {
  /** Expected first-time calls in the interval. */
  calls: number;
  /** Expected attempts (first calls and redials) at the staffing found. */
  attempts: number;
  /** Fewest agents meeting the target for this queue in this interval. */
  agents: number;
  /** Per-attempt pickup rate the Erlang A model predicts with them. */
  pickupRate: number;
}

/** The staffing plan for a whole scenario: the scenario with new agents, and the reasons per queue. */
export interface StaffingPlan {
  /** The input scenario with every pool's `agents` replaced by the plan. */
  scenario: Scenario;
  queues: Record<string, StaffedInterval[]>;
}

/** Attempts per first-time caller when each unanswered attempt redials with probability p, at most m attempts. */
function attemptsPerCaller(queue: QueueSpec, pickupRate: number): number {
  const redial = queue.redial;
  if (redial === undefined) return 1;
  const again = redial.probability * (1 - pickupRate);
  const limit = redial.maxAttempts ?? Number.POSITIVE_INFINITY;
  if (!Number.isFinite(limit)) return again >= 1 ? Number.POSITIVE_INFINITY : 1 / (1 - again);
  return again === 1 ? limit : (1 - again ** limit) / (1 - again);
}

interface QueueModel {
  aht: number;
  patience?: number;
  lines?: number;
}

/**
 * Attempts in an interval when `agents` answer: the least fixed point of
 * attempts = calls × attemptsPerCaller(pickupRate(attempts)). The map is increasing, so iterating it
 * from `calls` climbs monotonically to that point; null when it runs away (more redials than the
 * agents can ever answer).
 */
function attemptsAt(
  queue: QueueSpec,
  model: QueueModel,
  calls: number,
  intervalSeconds: number,
  agents: number,
) {
  let attempts = calls;
  for (let round = 0; round < 10_000; round++) {
    const metrics = analyze({ arrivalRate: attempts / intervalSeconds, agents, ...model });
    const next = calls * attemptsPerCaller(queue, metrics.pickupRate);
    if (!(next <= 1e6 * calls)) return null;
    if (next - attempts <= 1e-10 * attempts) return { attempts: next, metrics };
    attempts = next;
  }
  return null;
}

function staffInterval(
  queue: QueueSpec,
  calls: number,
  intervalSeconds: number,
  target: StaffingTarget,
): StaffedInterval {
  if (calls === 0) return { calls, attempts: 0, agents: 0, pickupRate: 1 };
  const patience = queue.patience === undefined ? undefined : createDistribution(queue.patience).mean;
  const model: QueueModel = {
    aht: createDistribution(queue.handleTime).mean,
    ...(patience === undefined ? {} : { patience }),
    ...(queue.lines === undefined ? {} : { lines: queue.lines }),
  };
  const staffed = (agents: number) => {
    const found = attemptsAt(queue, model, calls, intervalSeconds, agents);
    return found && meetsTarget(found.metrics, target)
      ? { calls, attempts: found.attempts, agents, pickupRate: found.metrics.pickupRate }
      : null;
  };
  // Redials only add attempts, so the agents for the first calls alone are a lower bound; the
  // agents for the attempts that bound brings meet the target (fewer attempts come with more
  // agents). Bisect between the two on the monotone predicate "meets the target at its own
  // fixed point of attempts".
  let lo = requiredAgents({ arrivalRate: calls / intervalSeconds, ...model }, target);
  let best = staffed(lo);
  if (best) return best;
  const atLo = attemptsAt(queue, model, calls, intervalSeconds, lo);
  let hi = atLo
    ? requiredAgents({ arrivalRate: atLo.attempts / intervalSeconds, ...model }, target)
    : Math.max(2 * lo, lo + 1);
  while (!(best = staffed(hi))) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const found = staffed(mid);
    if (found) [hi, best] = [mid, found];
    else lo = mid;
  }
  return best;
}

/**
 * Finds, for every queue and interval of a scenario, the fewest agents that meet `target` in the
 * Erlang A model (exponential patience of the scenario's mean patience; handle time by its mean),
 * counting the redials that the unanswered attempts bring back, and returns the scenario with those
 * agents on the phone (a pool given as shifts gets agents instead; with shrinkage, `scheduled`
 * holds agents ÷ (1 − shrinkage)). A pool serving several queues gets the sum of its queues' needs (no pooling gain is
 * counted, so the plan errs on the safe side); a queue served by several pools is staffed by the
 * first pool listed, and the others keep 0 agents for it. Simulate the returned scenario to check the plan
 * under the real distributions and the queues that carry over from one interval to the next.
 *
 * Redials are counted in the interval of the first call, as steady state would have them.
 *
 * Cost: one `requiredAgents` search per queue and interval; with redials, a bisection over agents
 * whose every step solves the attempts' fixed point (a few dozen `analyze` calls each).
 * Throws RangeError when a target cannot be met (see `requiredAgents`).
 *
 * @example
 * ```ts
 * import { parseScenario, staffScenario } from '@decroche/sim-core';
 * const scenario = parseScenario({
 *   intervals: 2,
 *   queues: [{ id: 'caf', calls: [300, 600], handleTime: { dist: 'exponential', mean: 420 },
 *     patience: { dist: 'exponential', mean: 300 },
 *     redial: { probability: 0.5, delay: { dist: 'exponential', mean: 900 } } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 10 }],
 * });
 * const plan = staffScenario(scenario, { pickupRate: 0.85 });
 * plan.scenario.pools[0].agents // => [65, 129]
 * Math.round(plan.queues.caf[0].attempts) // => 324
 * ```
 */
export function staffScenario(scenario: Scenario, target: StaffingTarget): StaffingPlan {
  const queues: Record<string, StaffedInterval[]> = {};
  for (const queue of scenario.queues) {
    queues[queue.id] = queue.calls.map((calls) =>
      staffInterval(queue, calls, scenario.intervalSeconds, target),
    );
  }
  // Each queue's need goes to the first pool that serves it.
  const owner = new Map<string, string>();
  for (const pool of scenario.pools) for (const id of pool.serves) if (!owner.has(id)) owner.set(id, pool.id);
  const pools = scenario.pools.map(({ shifts: _, scheduled: __, ...pool }) => {
    const agents = Array.from({ length: scenario.intervals }, (_, i) =>
      pool.serves.reduce(
        (sum, id) => sum + (owner.get(id) === pool.id ? (queues[id]?.[i]?.agents ?? 0) : 0),
        0,
      ),
    );
    // The plan is agents on the phone; a pool's shifts give way to them, its shrinkage stays.
    const shrinkage = pool.shrinkage;
    return shrinkage === undefined
      ? { ...pool, agents }
      : { ...pool, agents, scheduled: agents.map((n) => n / (1 - shrinkage)) };
  });
  return { scenario: { ...scenario, pools }, queues };
}
