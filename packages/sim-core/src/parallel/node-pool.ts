// Node only: loaded by simulateParallel through a dynamic import, never by the library's entry.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { SimulationReport } from '../metrics/report.js';
import type { ReplicationRunner } from './replication-runner.js';
import type { ReplicationTask } from './replication-task.js';

/**
 * A pool of `workers` Node worker threads (default: one per core) running replications
 * (tinypool). Each thread loads the library once and runs tasks one after another. Cost: about
 * 50 ms to start a thread.
 *
 * @example
 * ```ts
 * // Node only, through simulateParallel: simulateParallel(scenario, { replications: 8, workers: 2 })
 * ```
 */
export function createNodePool(workers?: number): ReplicationRunner {
  const threads = workers ?? availableParallelism();
  const pool = new Tinypool({
    filename: new URL('./replication-thread.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    run: (task: ReplicationTask) => pool.run(task) as Promise<SimulationReport>,
    destroy: () => pool.destroy(),
  };
}
