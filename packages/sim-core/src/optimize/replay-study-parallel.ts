import { checkWorkers } from '../parallel/replication-runner.js';
import { simulateParallel } from '../parallel/simulate-parallel.js';
import type { ScenarioInput } from '../scenario/types.js';
import { type ReplayStudyOptions, replayPlan, type StudyReplay, studyReplayOf } from './replay-study.js';

/** Options of {@link replayStudyParallel}: those of `replayStudy`, plus the number of workers. */
export interface ReplayStudyParallelOptions extends ReplayStudyOptions {
  /**
   * Worker threads (Node) or Web Workers (browsers) running the replications side by side;
   * default 1: every replication in this thread, as `replayStudy` runs them.
   */
  workers?: number;
}

/**
 * `replayStudy` on several cores: the scenario with the study's test callers is simulated with
 * `simulateParallel`, its replications side by side on `workers` workers (Node worker threads
 * through tinypool, or Web Workers in browsers), and the replay is `replayStudy`'s, bit for bit,
 * whatever the number of workers: each replication's streams derive from the master seed and its
 * index alone, and the replications are combined in index order. `onProgress(done, total)` is
 * called as each replication ends.
 *
 * Cost: that of `replayStudy` divided by min(workers, replications), plus about 50 ms to start each
 * worker. Throws (the promise rejects) as `replayStudy` does, and a RangeError naming `workers` for
 * a count that is not a positive integer.
 *
 * @example
 * ```ts
 * import { replayStudy, replayStudyParallel } from '@decroche/sim-core';
 * const queue = (id) => ({ id, calls: 100, handleTime: { dist: 'exponential', mean: 300 },
 *   patience: { dist: 'exponential', mean: 600 } });
 * const ids = ['assurance-maladie', 'caf', 'assurance-retraite', 'france-travail'];
 * const day = { intervals: 4, queues: ids.map(queue), pools: ids.map((id) => ({ id, serves: [id], agents: 12 })) };
 * const replay = await replayStudyParallel(day, { seed: 5, replications: 2, workers: 1 });
 * replay.total.calls // => 1532
 * JSON.stringify(replay) === JSON.stringify(replayStudy(day, { seed: 5, replications: 2 })) // => true
 * ```
 */
export async function replayStudyParallel(
  scenario: ScenarioInput | string,
  options: ReplayStudyParallelOptions = {},
): Promise<StudyReplay> {
  checkWorkers(options.workers);
  const plan = replayPlan(scenario, options);
  const report = await simulateParallel(plan.scenario, {
    ...plan.simulateOptions,
    workers: options.workers ?? 1,
  });
  return studyReplayOf(plan, report);
}
