import { simulateOptions } from '../model/simulate.js';
import { checkWorkers, createReplicationRunner, simulateOnRunner } from '../parallel/replication-runner.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { ScenarioInput } from '../scenario/types.js';
import { type CalibrateOptions, type Calibration, calibrationSteps } from './calibrate.js';

/** Options of {@link calibrateParallel}: those of `calibrate`, plus the number of workers. */
export interface CalibrateParallelOptions extends CalibrateOptions {
  /**
   * Worker threads (Node) or Web Workers (browsers) running each evaluation's replications side by
   * side; default 1: every replication in this thread, as `calibrate` runs them.
   */
  workers?: number;
}

/**
 * `calibrate` on several cores: the same search, each evaluation's replications running side by
 * side on one pool of `workers` workers (Node worker threads through tinypool, or Web Workers in
 * browsers), started once for the whole calibration and closed at its end, even on error. The fit
 * is `calibrate`'s, bit for bit, whatever the number of workers: each replication's streams derive
 * from the master seed and its index alone, and the replications are combined in index order.
 *
 * Cost: that of `calibrate` with each evaluation divided by min(workers, replications), plus about
 * 50 ms to start each worker. Throws (the promise rejects) as `calibrate` does, and a RangeError
 * naming `workers` for a count that is not a positive integer.
 *
 * @example
 * ```ts
 * import { calibrate, calibrateParallel } from '@decroche/sim-core';
 * const day = { intervals: 2, intervalSeconds: 3600,
 *   queues: [{ id: 'caf', calls: 200, handleTime: { dist: 'exponential', mean: 300 },
 *     patience: { dist: 'exponential', mean: 120 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 16 }] };
 * const options = { parameters: [{ queue: 'caf', knob: 'patienceMean', min: 10, max: 3000,
 *   measure: 'pickupRate', target: 0.9 }], seed: 1, replications: 2 };
 * const fit = await calibrateParallel(day, { ...options, workers: 1 });
 * Math.abs(fit.parameters[0].residual) <= 0.001 // => true
 * JSON.stringify(fit) === JSON.stringify(calibrate(day, options)) // => true
 * ```
 */
export async function calibrateParallel(
  scenario: ScenarioInput | string,
  options: CalibrateParallelOptions,
): Promise<Calibration> {
  checkWorkers(options?.workers);
  const steps = calibrationSteps(scenario, options);
  // The first step checks the scenario and the parameters before any worker starts.
  let step = steps.next();
  if (step.done) return step.value;
  const runner = await createReplicationRunner(options.workers ?? 1);
  try {
    while (!step.done) {
      const { scenario: trial, seed, replications } = step.value;
      const parsed = parseScenario(trial);
      const report = await simulateOnRunner(runner, parsed, simulateOptions(parsed, { seed, replications }));
      step = steps.next(report);
    }
    return step.value;
  } finally {
    await runner.destroy();
  }
}
