// The scenarios `explainPickup` compares: the baseline with a cause removed or a remedy applied.
// Each is the baseline rewritten with the behaviour blocks (growth, appointments, callback, redial,
// dissuasion) or with other agents; the callers' own random streams are untouched, so on the same
// seed every run sees the same callers.
import { staffScenario } from '../optimize/staff-scenario.js';
import { createDistribution } from '../random/create-distribution.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { QueueSpec, Scenario } from '../scenario/types.js';
import type { CauseFactors, ResolvedRemedies } from './explain-types.js';

type QueueChange = (queue: QueueSpec, scenario: Scenario) => QueueSpec;

/** The baseline with `change` applied to each queue, validated again. */
function eachQueue(scenario: Scenario, change: QueueChange): Scenario {
  return parseScenario({ ...scenario, queues: scenario.queues.map((q) => change(q, scenario)) });
}

/** The calls and/or handle times divided by their growth factors (the platforms as they were). */
export function beforeGrowth(
  scenario: Scenario,
  causes: Readonly<Record<string, CauseFactors>>,
  which: { calls: boolean; handleTime: boolean },
): Scenario {
  return eachQueue(scenario, (queue) => {
    const factors = causes[queue.id];
    if (factors === undefined) return queue;
    const growth = queue.growth ?? {};
    return {
      ...queue,
      growth: {
        calls: (growth.calls ?? 1) / (which.calls ? factors.calls : 1),
        handleTime: (growth.handleTime ?? 1) / (which.handleTime ? factors.handleTime : 1),
      },
    };
  });
}

/** The first pool serving the queue (the one `staffScenario` staffs it with). */
export function poolOf(scenario: Scenario, queueId: string) {
  return scenario.pools.find((p) => p.serves.includes(queueId));
}

/** Telephone appointments on every queue, with the slots `share` of its pool's agent time allows. */
export function withAppointments(scenario: Scenario, settings: ResolvedRemedies['appointments']): Scenario {
  return eachQueue(scenario, (queue) => {
    const pool = poolOf(scenario, queue.id);
    if (pool === undefined) return queue;
    const aht = createDistribution(queue.handleTime).mean * (queue.growth?.handleTime ?? 1);
    const slots = pool.agents.map((n) => Math.round((settings.share * n * scenario.intervalSeconds) / aht));
    return {
      ...queue,
      appointments: {
        share: settings.share,
        slots,
        leadSeconds: settings.leadSeconds,
        noShow: settings.noShow,
        handleTime: queue.handleTime,
        pool: pool.id,
      },
    };
  });
}

export const withCallbacks = (scenario: Scenario, settings: ResolvedRemedies['callback']): Scenario =>
  eachQueue(scenario, (queue) => ({
    ...queue,
    callback: { ...settings, rule: 'keep-place', failure: 0, retries: 0 },
  }));

/** Redials that come within `seconds` of the previous attempt hung up (queues that redial). */
export const refusingRedials = (scenario: Scenario, seconds: number): Scenario =>
  eachQueue(scenario, (queue) =>
    queue.redial === undefined
      ? queue
      : { ...queue, redial: { ...queue.redial, refuseWithinSeconds: seconds } },
  );

export const withDissuasion = (scenario: Scenario, expectedWait: number): Scenario =>
  eachQueue(scenario, (queue) => ({ ...queue, dissuasion: { expectedWait } }));

/** The agents `staffScenario` plans for the target, in place of the baseline's. */
export const withPlannedAgents = (scenario: Scenario, target: number): Scenario =>
  parseScenario({ ...scenario, pools: staffScenario(scenario, { pickupRate: target }).scenario.pools });

/** Every remedy but more agents. */
export function withSoftRemedies(scenario: Scenario, remedies: ResolvedRemedies): Scenario {
  const booked = withAppointments(scenario, remedies.appointments);
  const calledBack = withCallbacks(booked, remedies.callback);
  return withDissuasion(
    refusingRedials(calledBack, remedies.refuseWithinSeconds),
    remedies.dissuasionExpectedWait,
  );
}

/**
 * The scenario reduced to `ids` (in the scenario's order): the other queues, the pools left serving
 * none of them and the test callers of the others removed; a pool serving several queues keeps
 * those explained.
 */
export function onlyQueues(scenario: Scenario, ids: readonly string[]): Scenario {
  const known = scenario.queues.map((q) => q.id);
  ids.forEach((id, i) => {
    if (!known.includes(id)) {
      throw new RangeError(
        `options.queues[${i}]: the scenario has no queue '${id}' (queues: ${known.join(', ')})`,
      );
    }
  });
  if (ids.length === known.length) return scenario;
  const keep = (id: string) => ids.includes(id);
  const pools = scenario.pools
    .filter((p) => p.serves.some(keep))
    .map((p) => ({ ...p, serves: p.serves.filter(keep) }));
  const mystery = scenario.mysteryCallers;
  const mysteryQueues = mystery?.queues.filter(keep) ?? [];
  return parseScenario({
    ...scenario,
    queues: scenario.queues.filter((q) => keep(q.id)),
    pools,
    mysteryCallers:
      mystery === undefined || mysteryQueues.length === 0 ? undefined : { ...mystery, queues: mysteryQueues },
  });
}
