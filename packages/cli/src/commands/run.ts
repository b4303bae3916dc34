import { simulateSlice } from '@decroche/sim-core';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { addCsvOptions, csvFormat, toCsv } from '../csv.js';
import { addHtmlOption, checkHtmlFile, writeHtml } from '../html-option.js';
import { loadScenario } from '../load-scenario.js';
import { withStartState } from '../load-start-state.js';
import { printReport } from '../print-report.js';
import { PUBLIC_TARGET, queueCharts } from '../report-charts.js';
import { reportCsv } from '../report-csv.js';
import {
  replicationsOption,
  replicationsText,
  type SimulationCliOptions,
  seedOption,
  WORKERS_HELP,
  workersOption,
} from '../run-options.js';
import { parseShard } from '../shard.js';
import { simulateWithWorkers } from '../simulate-with-workers.js';
import { outputFormat, writeOutput } from '../write-output.js';

interface RunOptions extends SimulationCliOptions {
  intervals?: boolean;
  out?: string;
  allowLarge?: boolean;
  shard?: string;
  from?: string;
  workers: string;
}

/** `decroche run <scenario>`: simulates a scenario file and prints its pickup rates. */
export function registerRun(program: Command): void {
  const command = program
    .command('run')
    .description('simulate a scenario file (YAML or JSON) and print pickup rate, waits and occupancy')
    .argument('<scenario>', 'scenario file, .yaml/.yml or .json')
    .option('-r, --replications <n>', 'independent replications (confidence intervals when > 1)', '1')
    .option('-s, --seed <n>', "master seed (default: the scenario's)")
    .option('--workers <n>', WORKERS_HELP, '1')
    .option('-i, --intervals', 'also print each queue interval by interval')
    .option(
      '--from <state.json>',
      'start from this state (callers waiting, redialing, agents busy at a time of the day) and predict the rest of the day',
    )
    .option('--json', 'print the whole report as JSON (total, per queue, per interval, per pool)')
    .option('-o, --out <file>', 'also write the whole report to this file (.json)')
    .option(
      '--shard <i/n>',
      'run only slice i of n (0 ≤ i < n) of the replications and write it to --out (.json); `decroche merge` combines the slices',
    )
    .option(
      '--allow-large',
      'run even beyond the work limits (1e9 expected attempts, 100,000 queue intervals)',
    );
  addHtmlOption(addCsvOptions(command)).action(async (file: string, options: RunOptions) => {
    if (options.out !== undefined) outputFormat(options.out, '--out', { '.json': 'json' });
    const format = options.csv === undefined ? undefined : csvFormat(options);
    checkHtmlFile(options.html);
    const loaded = loadScenario(file);
    const scenario = options.from === undefined ? loaded : withStartState(loaded, options.from);
    const replications = replicationsOption(options.replications);
    const seed = seedOption(options.seed, scenario.seed);
    const workers = workersOption(options.workers);
    const limits = options.allowLarge ? { maxAttempts: Infinity, maxCells: Infinity } : {};
    if (options.shard !== undefined) {
      const shard = parseShard(options.shard);
      if (options.out === undefined) throw new CliError('option --shard needs --out <slice.json>', 2);
      if (workers > 1) {
        throw new CliError(
          'option --workers applies to whole runs: a shard runs in one thread (run more shards)',
          2,
        );
      }
      const slice = simulateSlice(scenario, { seed, replications, shard, ...limits });
      writeOutput(options.out, `${JSON.stringify(slice)}\n`, '--out');
      const indices = slice.reports.map((r) => r.index);
      const which =
        indices.length > 0 ? `replications ${indices[0]}–${indices[indices.length - 1]}` : 'no replication';
      process.stderr.write(
        `decroche: shard ${options.shard}: ${which} of ${replications} written to ${options.out}\n`,
      );
      return;
    }
    const report = await simulateWithWorkers(
      `simulating ${scenario.name}`,
      scenario,
      { seed, replications, ...limits },
      workers,
    );
    if (options.out !== undefined) writeOutput(options.out, `${JSON.stringify(report, null, 2)}\n`, '--out');
    if (options.csv !== undefined && format !== undefined) {
      const { headers, rows } = reportCsv([{ scenario, report }]);
      writeOutput(options.csv, toCsv(headers, rows, format), '--csv');
    }
    const text = () => printReport(scenario, report, { seed, replications, intervals: true });
    writeHtml(options.html, () => ({
      title: `${scenario.name}: simulated day`,
      subtitle: `seed ${seed}, ${replicationsText(replications)}; dashed line: the ${PUBLIC_TARGET * 100} % pickup target of French public services`,
      charts: queueCharts([{ scenario, report }], PUBLIC_TARGET),
      tables: text(),
    }));
    if (options.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    process.stdout.write(
      `${printReport(scenario, report, { seed, replications, intervals: options.intervals === true })}\n`,
    );
  });
}
