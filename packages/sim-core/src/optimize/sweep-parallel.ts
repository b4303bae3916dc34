import type { SimulationReport } from '../metrics/report.js';
import { simulateOptions } from '../model/simulate.js';
import { checkWorkers, createReplicationRunner, simulateOnRunner } from '../parallel/replication-runner.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { ScenarioInput } from '../scenario/types.js';
import { type SweepAxes, type SweepOptions, type SweepResult, sweepPlan } from './sweep.js';

/** Options of {@link sweepParallel}: those of `sweep`, plus the number of workers. */
export interface SweepParallelOptions extends SweepOptions {
  /**
   * Worker threads (Node) or Web Workers (browsers) running the points' replications side by side;
   * default 1: every replication in this thread, as `sweep` runs them.
   */
  workers?: number;
}

/**
 * `sweep` on several cores: the replications of every point of the grid run side by side on one
 * pool of `workers` workers (Node worker threads through tinypool, or Web Workers in browsers),
 * started once for the whole sweep and closed at its end, even on error. The result is `sweep`'s,
 * bit for bit, whatever the number of workers: each replication's streams derive from the master
 * seed and its index alone, and each point's replications are combined in index order.
 * `onProgress(done, total)` is called as each point ends (points may end out of order).
 *
 * Cost: that of `sweep` divided by the workers, plus about 50 ms to start each worker.
 * Throws (the promise rejects) as `sweep` does, and a RangeError naming `workers` for a count that
 * is not a positive integer; every point's work is checked before any runs.
 *
 * @example
 * ```ts
 * import { sweep, sweepParallel } from '@decroche/sim-core';
 * const day = { intervals: 2, queues: [{ id: 'caf', calls: 120, handleTime: { dist: 'exponential', mean: 300 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 25 }] };
 * const grid = await sweepParallel(day, { agents: [20, 25] }, { seed: 7, replications: 2, workers: 1 });
 * grid.points.map((p) => p.agents) // => [20, 25]
 * JSON.stringify(grid) === JSON.stringify(sweep(day, { agents: [20, 25] }, { seed: 7, replications: 2 })) // => true
 * ```
 */
export async function sweepParallel(
  scenario: ScenarioInput | string,
  axes: SweepAxes,
  options: SweepParallelOptions = {},
): Promise<SweepResult> {
  const { points, seed, replications } = sweepPlan(scenario, axes, options);
  checkWorkers(options.workers);
  const runs = points.map(({ scenario: changed }) => {
    const parsed = parseScenario(changed);
    return { parsed, checked: simulateOptions(parsed, { seed, replications }) };
  });
  const workers = options.workers ?? 1;
  const runner = await createReplicationRunner(workers);
  let done = 0;
  const simulatePoint = async ({ parsed, checked }: (typeof runs)[number]) => {
    const report = await simulateOnRunner(runner, parsed, checked);
    done++;
    options.onProgress?.(done, points.length);
    return report;
  };
  try {
    // In this thread, one point after the other, so that progress comes as each ends (a run in
    // this thread does not yield); on workers, every point's replications are queued at once.
    const reports: SimulationReport[] = [];
    if (workers === 1) for (const run of runs) reports.push(await simulatePoint(run));
    else reports.push(...(await Promise.all(runs.map(simulatePoint))));
    return { axes, points: points.map(({ scenario: _, ...at }, k) => ({ ...at, report: reports[k]! })) };
  } finally {
    await runner.destroy();
  }
}
