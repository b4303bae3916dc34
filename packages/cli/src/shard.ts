import { readFileSync } from 'node:fs';
import {
  type ReplicationSlice,
  reportOfReplications,
  type Scenario,
  type SimulationReport,
} from '@decroche/sim-core';
import { CliError } from './cli-error.js';

/** `i/n` (0 ≤ i < n) read from `--shard`; a usage error otherwise. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : Number.NaN;
  const count = m ? Number(m[2]) : Number.NaN;
  if (!(count >= 1 && index >= 0 && index < count)) {
    throw new CliError(`option --shard must be i/n with 0 ≤ i < n (e.g. 0/4 … 3/4), got '${text}'`, 2);
  }
  return { index, count };
}

/** Reads the slices written by `run --shard` and checks they are the parts of one run. */
export function readSlices(files: readonly string[]): ReplicationSlice[] {
  return files.map((file) => {
    let slice: ReplicationSlice;
    try {
      slice = JSON.parse(readFileSync(file, 'utf8')) as ReplicationSlice;
    } catch (error) {
      throw new CliError(`cannot read slice '${file}': ${(error as Error).message}`, 1);
    }
    if (slice?.format !== 'decroche-replications' || !Array.isArray(slice.reports)) {
      throw new CliError(`'${file}' is not a slice written by decroche run --shard`, 1);
    }
    return slice;
  });
}

/**
 * The one-machine result of the slices of one run: every replication exactly once, combined in
 * index order as `simulate` combines them. Errors name the file that does not fit.
 */
export function mergeSlices(
  files: readonly string[],
  slices: readonly ReplicationSlice[],
): { scenario: Scenario; seed: number; replications: number; report: SimulationReport } {
  const first = slices[0];
  if (first === undefined) throw new CliError('merge needs at least one slice file', 2);
  const key = JSON.stringify([first.scenario, first.seed, first.replications]);
  const reports: (SimulationReport | undefined)[] = new Array(first.replications).fill(undefined);
  slices.forEach((slice, k) => {
    if (JSON.stringify([slice.scenario, slice.seed, slice.replications]) !== key) {
      throw new CliError(
        `'${files[k]}' is a slice of another run (scenario, seed or replications differ from '${files[0]}')`,
        1,
      );
    }
    for (const { index, report } of slice.reports) {
      if (reports[index] !== undefined)
        throw new CliError(`replication ${index} appears twice ('${files[k]}')`, 1);
      reports[index] = report;
    }
  });
  const missing = reports.flatMap((r, index) => (r === undefined ? [index] : []));
  if (missing.length > 0) {
    throw new CliError(`replications ${missing.join(', ')} are missing: merge every shard of the run`, 1);
  }
  const all = reports as SimulationReport[];
  const report = reportOfReplications(first.scenario, all);
  return { scenario: first.scenario, seed: first.seed, replications: first.replications, report };
}
