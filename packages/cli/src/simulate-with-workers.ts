import {
  type ScenarioInput,
  type SimulateOptions,
  type SimulationReport,
  simulate,
  simulateParallel,
} from '@decroche/sim-core';
import { withProgress, withProgressAsync } from './progress.js';

/**
 * Simulates with a progress bar labelled `label`: in this thread with `simulate` for one worker (the
 * bar moves within each day), else with `simulateParallel` on `workers` worker threads (the bar moves
 * as each replication ends). The report is the same either way.
 */
export async function simulateWithWorkers(
  label: string,
  scenario: ScenarioInput,
  options: SimulateOptions,
  workers: number,
): Promise<SimulationReport> {
  if (workers === 1)
    return withProgress(label, (onProgress) => simulate(scenario, { ...options, onProgress }));
  return withProgressAsync(label, (onProgress) =>
    simulateParallel(scenario, { ...options, onProgress, workers }),
  );
}
