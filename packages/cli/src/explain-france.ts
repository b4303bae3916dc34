import {
  type ExplainOptions,
  explainPickup,
  explainPickupParallel,
  france2023Causes,
  franceStudy2022,
  getPreset,
  type PickupExplanation,
} from '@decroche/sim-core';
import { CliError } from './cli-error.js';
import { type csvFormat, toCsv } from './csv.js';
import { explainCsv, explainText } from './explain-text.js';
import { progress } from './progress.js';
import { writeOutput } from './write-output.js';

/**
 * `decroche france --explain`: causes and remedies on the France preset (its growth factors, the
 * 2022 study's test callers), in this thread for one worker, else with the runs' replications on
 * `workers` worker threads (the same explanation); printed as tables, or JSON with `--json`, and
 * written as CSV with `--csv`. A service `--queues` names that the preset lacks is a usage error.
 */
export async function explainFrance(
  o: { queues?: string; csv?: string; json?: boolean },
  run: {
    target: number;
    replications: number;
    seed: number;
    workers: number;
    format: ReturnType<typeof csvFormat> | undefined;
  },
): Promise<void> {
  const queues = o.queues?.split(',').map((id) => id.trim());
  const bar = progress('explaining: 11 runs');
  const options: ExplainOptions = {
    causes: Object.fromEntries(
      Object.entries(france2023Causes).map(([id, c]) => [
        id,
        { calls: c.calls.factor, handleTime: c.handleTime.factor },
      ]),
    ),
    study: franceStudy2022,
    target: run.target,
    seed: run.seed,
    replications: run.replications,
    ...(bar.onProgress === undefined ? {} : { onProgress: bar.onProgress }),
    ...(queues === undefined ? {} : { queues }),
  };
  let explanation: PickupExplanation;
  try {
    explanation =
      run.workers === 1
        ? explainPickup(getPreset('france-2023'), options)
        : await explainPickupParallel(getPreset('france-2023'), { ...options, workers: run.workers });
  } catch (error) {
    if (error instanceof RangeError && error.message.startsWith('options.queues')) {
      throw new CliError(`option --queues: ${error.message.replace(/^options\.queues\[\d+\]: /, '')}`, 2);
    }
    throw error;
  } finally {
    bar.stop();
  }
  if (o.csv !== undefined && run.format !== undefined) {
    const { headers, rows } = explainCsv(explanation);
    writeOutput(o.csv, toCsv(headers, rows, run.format), '--csv');
  }
  if (o.json) {
    process.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
    return;
  }
  const titles = Object.fromEntries(franceStudy2022.services.map((s) => [s.queue, s.label]));
  process.stdout.write(`${explainText(explanation, titles, france2023Causes)}\n`);
}
