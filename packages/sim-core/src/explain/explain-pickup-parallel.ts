import type { SimulationReport } from '../metrics/report.js';
import { simulateOptions } from '../model/simulate.js';
import { checkWorkers, createReplicationRunner, simulateOnRunner } from '../parallel/replication-runner.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { ScenarioInput } from '../scenario/types.js';
import { explanationOf } from './explain-pickup.js';
import { explainPlan, runProgress } from './explain-plan.js';
import type { ExplainOptions, PickupExplanation } from './explain-types.js';

/** Options of {@link explainPickupParallel}: those of `explainPickup`, plus the number of workers. */
export interface ExplainParallelOptions extends ExplainOptions {
  /**
   * Worker threads (Node) or Web Workers (browsers) running the runs' replications side by side;
   * default 1: every replication in this thread, as `explainPickup` runs them.
   */
  workers?: number;
}

/**
 * `explainPickup` on several cores: the replications of all its runs (11, or 7 without causes) run
 * side by side on one pool of `workers` workers (Node worker threads through tinypool, or Web
 * Workers in browsers), started once for the whole explanation and closed at its end, even on
 * error. The explanation is `explainPickup`'s, bit for bit, whatever the number of workers: each
 * replication's streams derive from the master seed and its index alone, and each run's
 * replications are combined in index order. `onProgress(done, total)` counts the simulated days of
 * every run together, as each replication ends.
 *
 * Cost: that of `explainPickup` divided by the workers, plus about 50 ms to start each worker.
 * Throws (the promise rejects) as `explainPickup` does, and a RangeError naming `workers` for a
 * count that is not a positive integer; every run's scenario is built and checked before any runs.
 *
 * @example
 * ```ts
 * import { explainPickup, explainPickupParallel } from '@decroche/sim-core';
 * const day = { intervals: 2, queues: [{ id: 'caf', calls: 150, handleTime: { dist: 'exponential', mean: 420 },
 *   patience: { dist: 'exponential', mean: 600 } }],
 *   pools: [{ id: 'caf-agents', serves: ['caf'], agents: 50 }] };
 * const options = { causes: { caf: { calls: 1.3, handleTime: 1.25 } }, seed: 4, replications: 2 };
 * const why = await explainPickupParallel(day, { ...options, workers: 1 });
 * why.runs.length // => 11
 * JSON.stringify(why) === JSON.stringify(explainPickup(day, options)) // => true
 * ```
 */
export async function explainPickupParallel(
  scenario: ScenarioInput | string,
  options: ExplainParallelOptions = {},
): Promise<PickupExplanation> {
  checkWorkers(options.workers);
  const plan = explainPlan(scenario, options);
  const progress = runProgress(plan, options.onProgress);
  const { seed, replications } = plan;
  const runs = plan.variants.map(([, , , build], r) => {
    const variant = build();
    const parsed = parseScenario(variant);
    return { variant, parsed, checked: simulateOptions(parsed, { seed, replications, ...progress(r) }) };
  });
  const workers = options.workers ?? 1;
  const runner = await createReplicationRunner(workers);
  try {
    // In this thread, one run after the other (a run in this thread does not yield); on workers,
    // every run's replications are queued at once.
    const reports: SimulationReport[] = [];
    const simulateRun = ({ parsed, checked }: (typeof runs)[number]) =>
      simulateOnRunner(runner, parsed, checked);
    if (workers === 1) for (const run of runs) reports.push(await simulateRun(run));
    else reports.push(...(await Promise.all(runs.map(simulateRun))));
    return explanationOf(
      plan,
      runs.map((run) => run.variant),
      reports,
    );
  } finally {
    await runner.destroy();
  }
}
