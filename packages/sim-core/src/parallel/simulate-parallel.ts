import type { SimulationReport } from '../metrics/report.js';
import { reportOfReplications, type SimulateOptions, simulateOptions } from '../model/simulate.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { ScenarioInput } from '../scenario/types.js';
import { type ReplicationTask, runReplication } from './replication-task.js';
import { createWebWorkerPool } from './web-worker-pool.js';

/** Runs replications somewhere (this thread, worker threads, Web Workers). */
export interface ReplicationRunner {
  run(task: ReplicationTask): Promise<SimulationReport>;
  destroy(): Promise<void>;
}

/** Options of {@link simulateParallel}: those of `simulate`, plus the number of workers. */
export interface ParallelOptions extends SimulateOptions {
  /**
   * Worker threads (Node) or Web Workers (browsers) running replications side by side; default:
   * one per core. 1 runs every replication in this thread.
   */
  workers?: number;
}

/** Node's pool lives in its own file, loaded only in Node: the library itself imports nothing Node-only. */
const NODE_POOL = './node-pool.js';

async function createRunner(workers: number | undefined): Promise<ReplicationRunner> {
  if (workers === 1) {
    return { run: async (task) => runReplication(task), destroy: async () => {} };
  }
  if (typeof (globalThis as { Worker?: unknown }).Worker === 'function') return createWebWorkerPool(workers);
  const { createNodePool } = (await import(/* @vite-ignore */ NODE_POOL)) as {
    createNodePool: (workers?: number) => ReplicationRunner;
  };
  return createNodePool(workers);
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
  const { seed, replications, onProgress, onReplication, keepReplications, onDay, keepDays } =
    simulateOptions(parsed, options);
  // A thread cannot call back into this one during its run: the days come with its report.
  const withDays = keepDays || onDay !== undefined;
  const { workers } = options;
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
    throw new RangeError(`workers must be a positive integer, got ${workers}`);
  }
  const runner = await createRunner(workers);
  let done = 0;
  try {
    const reports = await Promise.all(
      Array.from({ length: replications }, async (_, index) => {
        const report = await runner.run({ scenario: parsed, seed, index, keepDays: withDays });
        if (onDay !== undefined) for (const day of report.days ?? []) onDay(day, index);
        if (!keepDays) delete report.days;
        onReplication?.(index, report);
        done += parsed.days;
        onProgress?.(done, replications * parsed.days);
        return report;
      }),
    );
    return reportOfReplications(parsed, reports, keepReplications);
  } finally {
    await runner.destroy();
  }
}
