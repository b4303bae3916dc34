import type { SimulationReport } from '../metrics/report.js';
import { type CheckedOptions, reportOfReplications } from '../model/simulate.js';
import type { Scenario } from '../scenario/types.js';
import { type ReplicationTask, runReplication } from './replication-task.js';
import { createWebWorkerPool } from './web-worker-pool.js';

/** Runs replications somewhere (this thread, worker threads, Web Workers). */
export interface ReplicationRunner {
  run(task: ReplicationTask): Promise<SimulationReport>;
  destroy(): Promise<void>;
}

/** Node's pool lives in its own file, loaded only in Node: the library itself imports nothing Node-only. */
const NODE_POOL = './node-pool.js';

/**
 * Checks a `workers` option: undefined (the caller's default) or a positive integer. O(1).
 * Throws a RangeError naming the option otherwise.
 */
export function checkWorkers(workers: unknown): void {
  if (workers !== undefined && !(Number.isInteger(workers) && (workers as number) >= 1)) {
    throw new RangeError(`workers must be a positive integer, got ${String(workers)}`);
  }
}

/**
 * The runner of `workers` workers: this thread for 1, else Web Workers in browsers or a tinypool
 * pool of Node worker threads (undefined: one per core). One runner serves every simulation of a
 * call (a sweep's points, a calibration's evaluations); `destroy` it at the end, even on error.
 */
export async function createReplicationRunner(workers: number | undefined): Promise<ReplicationRunner> {
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
 * Runs the replications of a validated scenario on `runner`, with options already checked
 * (`simulateOptions`), and resolves to the report `simulate` gives, bit for bit: the replications'
 * reports are combined in index order whatever order they end in. `onReplication`, `onDay` and
 * `onProgress` are called as each replication ends (a worker's days come with its report).
 * Cost: that of the replications, shared out among the runner's workers.
 */
export async function simulateOnRunner(
  runner: ReplicationRunner,
  parsed: Scenario,
  options: CheckedOptions,
): Promise<SimulationReport> {
  const { seed, replications, onProgress, onReplication, keepReplications, onDay, keepDays } = options;
  // A thread cannot call back into this one during its run: the days come with its report.
  const withDays = keepDays || onDay !== undefined;
  let done = 0;
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
}
