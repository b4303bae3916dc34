import type { SimulationReport } from '../metrics/report.js';
import { replicationSeed, runOnce } from '../model/simulate.js';
import type { Scenario } from '../scenario/types.js';

/** One replication to run: a validated scenario, the master seed and the replication's index. */
export interface ReplicationTask {
  scenario: Scenario;
  seed: number;
  index: number;
  /** Keep the replication's days' reports as `days` (`keepDays`, or `onDay` in `simulateParallel`). */
  keepDays?: boolean;
}

/**
 * Runs replication `index` of a validated scenario: its streams derive from the master seed and the
 * index alone (`replicationSeed`), so the report is the same on whichever thread or machine runs it.
 * The function the worker threads and Web Workers of `simulateParallel` call. Cost: one run.
 *
 * @example
 * ```ts
 * import { parseScenario, runReplication, simulate } from '@decroche/sim-core';
 * const scenario = parseScenario({ intervals: 2, queues: [{ id: 'q', calls: 50,
 *   handleTime: { dist: 'exponential', mean: 120 } }], pools: [{ id: 'p', serves: ['q'], agents: 3 }] });
 * runReplication({ scenario, seed: 4, index: 0 }).total.offered === simulate(scenario, { seed: 4 }).total.offered // => true
 * ```
 */
export function runReplication(task: ReplicationTask): SimulationReport {
  return runOnce(task.scenario, replicationSeed(task.seed, task.index), { keepDays: task.keepDays === true });
}
