import { createDistribution } from '../random/create-distribution.js';
import type { DistributionSpec } from '../random/types.js';
import type { Scenario } from './types.js';

/** A likely mistake in a valid scenario: where it is and what looks wrong. */
export interface PlausibilityWarning {
  /** Where in the scenario, e.g. `queues[0].handleTime`. */
  path: string;
  message: string;
}

const MINUTES_HINT = 'times are in seconds';

function meanOf(spec: DistributionSpec): number {
  return createDistribution(spec).mean;
}

function seconds(s: number): string {
  return `${Number(s.toPrecision(4))} s`;
}

/**
 * Likely unit mistakes in a valid scenario, the kind that give a plausible-looking but wrong answer:
 * a mean handle time under 20 s or over 2 hours (minutes or hours written as seconds), a mean
 * patience or redial delay under 5 s, intervals shorter than 5 minutes, and a pool whose load
 * (calls × mean handle time ÷ interval, queues shared between pools split evenly) exceeds its agents
 * in every interval with calls — occupancy over 100 % all day — when its callers never hang up, or
 * is over 4 times its agents all day when they do. These are warnings, not errors: the scenario may
 * mean it. Returns an empty list when nothing looks wrong.
 *
 * Cost: O(queues × intervals + pools × intervals).
 *
 * @param scenario a validated scenario (from `parseScenario`).
 * @example
 * ```ts
 * import { parseScenario, plausibilityWarnings } from '@decroche/sim-core';
 * const scenario = parseScenario({
 *   intervals: 1,
 *   queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'exponential', mean: 7 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 20 }],
 * });
 * plausibilityWarnings(scenario).map((w) => w.path) // => ['queues[0].handleTime']
 * ```
 */
export function plausibilityWarnings(scenario: Scenario): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  if (scenario.intervalSeconds < 300) {
    warnings.push({
      path: 'intervalSeconds',
      message: `intervals of ${seconds(scenario.intervalSeconds)} are under 5 minutes; ${MINUTES_HINT} (1800 is a half-hour)`,
    });
  }
  const aht = scenario.queues.map((q) => meanOf(q.handleTime));
  scenario.queues.forEach((q, i) => {
    const mean = aht[i] ?? 0;
    if (mean < 20) {
      warnings.push({
        path: `queues[${i}].handleTime`,
        message: `a mean handle time of ${seconds(mean)} is under 20 s; ${MINUTES_HINT} (7 minutes is 420)`,
      });
    } else if (mean > 7200) {
      warnings.push({
        path: `queues[${i}].handleTime`,
        message: `a mean handle time of ${seconds(mean)} is over 2 hours; ${MINUTES_HINT}`,
      });
    }
    if (q.patience !== undefined && meanOf(q.patience) < 5) {
      warnings.push({
        path: `queues[${i}].patience`,
        message: `a mean patience of ${seconds(meanOf(q.patience))} is under 5 s; ${MINUTES_HINT} (5 minutes is 300)`,
      });
    }
    if (q.redial !== undefined && meanOf(q.redial.delay) < 5) {
      warnings.push({
        path: `queues[${i}].redial.delay`,
        message: `a mean redial delay of ${seconds(meanOf(q.redial.delay))} is under 5 s; ${MINUTES_HINT}`,
      });
    }
  });
  const poolsServing = scenario.queues.map(
    (q) => scenario.pools.filter((p) => p.serves.includes(q.id)).length,
  );
  scenario.pools.forEach((pool, p) => {
    const served = scenario.queues.flatMap((q, k) => (pool.serves.includes(q.id) ? [k] : []));
    // Callers who never hang up make any overload grow without end; with patience, overload is a
    // platform's real state (the France preset runs at up to twice its agents), so only a load of
    // several times the agents all day looks like a mistake.
    const patient = served.every(
      (k) => scenario.queues[k]?.patience === undefined && scenario.queues[k]?.lines === undefined,
    );
    const limit = patient ? 1 : 4;
    let intervalsWithCalls = 0;
    let overloaded = 0;
    let least = Number.POSITIVE_INFINITY;
    for (let i = 0; i < scenario.intervals; i++) {
      let load = 0;
      for (const k of served)
        load +=
          ((scenario.queues[k]?.calls[i] ?? 0) * (aht[k] ?? 0)) /
          scenario.intervalSeconds /
          (poolsServing[k] ?? 1);
      if (load === 0) continue;
      intervalsWithCalls++;
      const agents = pool.agents[i] ?? 0;
      if (load > limit * agents) overloaded++;
      least = Math.min(least, agents === 0 ? Number.POSITIVE_INFINITY : load / agents);
    }
    if (intervalsWithCalls > 0 && overloaded === intervalsWithCalls) {
      const atLeast = Number.isFinite(least) ? `at least ${Math.round(least * 100)} %` : 'with no agents';
      warnings.push({
        path: `pools[${p}].agents`,
        message: patient
          ? `the load exceeds the agents in every interval (occupancy ${atLeast}) and nobody hangs up: the queue grows all day; check the calls, handle times (in seconds) and agents`
          : `the load is over ${limit} times the agents in every interval (${atLeast} of them); check the calls, handle times (in seconds) and agents`,
      });
    }
  });
  return warnings;
}
