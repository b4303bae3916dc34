import { franceStudy2022, replayStudy, replayStudyParallel } from '@decroche/sim-core';
import type { Command } from 'commander';
import { formatTable, percent } from '../format-table.js';
import { loadScenario } from '../load-scenario.js';
import { withProgress, withProgressAsync } from '../progress.js';
import {
  replicationsOption,
  replicationsText,
  seedOption,
  WORKERS_HELP,
  workersOption,
} from '../run-options.js';

const minutes = (seconds: number | null) => (seconds === null ? '–' : `${(seconds / 60).toFixed(1)} min`);
const share = (value: number | null, halfWidth: number | null) =>
  value === null ? '–' : `${percent(value)}${halfWidth === null ? '' : ` ± ${(halfWidth * 100).toFixed(1)}`}`;

interface ReplayStudyCliOptions {
  replications: string;
  seed?: string;
  json?: boolean;
  workers: string;
}

/** `decroche replay-study <scenario>`: the 2022 mystery-caller study replayed on a scenario. */
export function registerReplayStudy(program: Command): void {
  program
    .command('replay-study')
    .description(
      "replay the 2022 mystery-caller study on a scenario (its protocol, its calls per service): simulated failed shares beside the study's",
    )
    .argument(
      '<scenario>',
      'scenario file (.yaml/.yml/.json) or preset name, with the four services as queue ids',
    )
    .option(
      '-r, --replications <n>',
      'independent replications (100 bring the france-2023 half-widths under 1.5 points; they shrink as 1/√n)',
      '100',
    )
    .option('-s, --seed <n>', "master seed (default: the scenario's)")
    .option('--workers <n>', WORKERS_HELP, '1')
    .option('--json', 'print the services, the total and the mystery section of the report as JSON')
    .action(async (file: string, options: ReplayStudyCliOptions) => {
      const scenario = loadScenario(file);
      const replications = replicationsOption(options.replications);
      const seed = seedOption(options.seed, scenario.seed);
      const workers = workersOption(options.workers);
      const label = `replaying the study on ${scenario.name}`;
      // One worker: in this thread, the bar moving within each day; else as each replication ends.
      const replay =
        workers === 1
          ? withProgress(label, (onProgress) => replayStudy(scenario, { seed, replications, onProgress }))
          : await withProgressAsync(label, (onProgress) =>
              replayStudyParallel(scenario, { seed, replications, onProgress, workers }),
            );
      if (options.json) {
        const { services, total, report } = replay;
        process.stdout.write(`${JSON.stringify({ services, total, mystery: report.mystery }, null, 2)}\n`);
        return;
      }
      const study = franceStudy2022;
      const rows = replay.services.map((s) => [
        s.label,
        String(s.calls),
        percent(s.study, 0),
        share(s.simulated, s.halfWidth),
        minutes(s.meanTotalWait),
      ]);
      const t = replay.total;
      rows.push([
        'all four',
        String(t.calls),
        percent(t.study, 0),
        share(t.simulated, t.halfWidth),
        minutes(t.meanTotalWait),
      ]);
      const lines = [
        `${study.name}, replayed on ${scenario.name}`,
        `protocol: ${study.attempts} attempts, each abandoned after ${study.waitSeconds / 60} min of waiting; ` +
          `delay between attempts ${study.retryDelayNote}`,
        `${replicationsText(replications)}, seed ${seed}; failed share ± 95 % half-width; ` +
          `mean wait: summed over a test caller's attempts (study: over ${study.meanWaitAbove / 60} min)`,
        '',
        formatTable(
          [
            { heading: 'service', align: 'left' },
            { heading: 'calls' },
            { heading: 'study' },
            { heading: 'simulated' },
            { heading: 'mean wait' },
          ],
          rows,
        ),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
