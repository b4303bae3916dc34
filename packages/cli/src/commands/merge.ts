import type { Command } from 'commander';
import { printReport } from '../print-report.js';
import { mergeSlices, readSlices } from '../shard.js';
import { outputFormat, writeOutput } from '../write-output.js';

/** `decroche merge <slices...>`: the one-machine report of a run made of `run --shard` slices. */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description(
      'combine the slices written by `run --shard i/n -o slice.json` into the report of the whole run',
    )
    .argument('<slices...>', 'slice files (.json), every shard of one run, in any order')
    .option('-i, --intervals', 'also print each queue interval by interval')
    .option('--json', 'print the whole report as JSON')
    .option('-o, --out <file>', 'also write the whole report to this file (.json)')
    .action((files: string[], options: { intervals?: boolean; json?: boolean; out?: string }) => {
      if (options.out !== undefined) outputFormat(options.out, '--out', { '.json': 'json' });
      const { scenario, seed, replications, report } = mergeSlices(files, readSlices(files));
      const json = `${JSON.stringify(report, null, 2)}\n`;
      if (options.out !== undefined) writeOutput(options.out, json, '--out');
      if (options.json) {
        process.stdout.write(json);
        return;
      }
      process.stdout.write(
        `${printReport(scenario, report, { seed, replications, intervals: options.intervals === true })}\n`,
      );
    });
}
