import type { SimulationReport } from '../metrics/report.js';
import { type SimulateOptions, simulateOptions } from '../model/simulate.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { ScenarioInput } from '../scenario/types.js';
import { checkWorkers, createReplicationRunner, simulateOnRunner } from './replication-runner.js';

/** Options of {@link simulateParallel}: those of `simulate`, plus the number of workers. */
export interface ParallelOptions extends SimulateOptions {
  /**
   * Worker threads (Node) or Web Workers (browsers) running replications side by side; default:
   * one per core. 1 runs every replication in this thread.
   */
  workers?: number;
}

/**
 * `simulate` on every core: the replications of a scenario run side by side on Node worker threads
 * (a tinypool pool) or, in browsers, Web Workers, and the result is bit-identical to `simulate`'s
 * whatever the number of workers — each replication's streams derive from the master seed and its
 * index alone, and the reports are combined in index order. `onReplication(index, report)` is
 * called as each replication ends (in the order they end), and `onDay(day, index)` then for each of
 * its days in order (a worker's days come with its report); `keepDays` returns the days as
 * `simulate` does, and `keepReplications` adds every replication's report, in index order, as
 * `replications`. Cost: that of `simulate` divided by the
 * workers, plus about 50 ms to start each worker.
 *
 * Throws (the promise rejects) as `simulate` does, and a RangeError for a bad worker count.
 *
 * @example
 * ```ts
 * import { simulate, simulateParallel } from '@decroche/sim-core';
 * const scenario = { intervals: 2, queues: [{ id: 'q', calls: 80, handleTime: { dist: 'exponential', mean: 200 } }],
 *   pools: [{ id: 'p', serves: ['q'], agents: 5 }] };
 * const report = await simulateParallel(scenario, { seed: 3, replications: 4, workers: 1 });
 * JSON.stringify(report) === JSON.stringify(simulate(scenario, { seed: 3, replications: 4 })) // => true
 * ```
 */
export async function simulateParallel(
  scenario: ScenarioInput | string,
  options: ParallelOptions = {},
): Promise<SimulationReport> {
  const parsed = parseScenario(scenario);
  const checked = simulateOptions(parsed, options);
  checkWorkers(options.workers);
  const runner = await createReplicationRunner(options.workers);
  try {
    return await simulateOnRunner(runner, parsed, checked);
  } finally {
    await runner.destroy();
  }
}
