import type { SimulationReport } from '../metrics/report.js';
import { type SimulateOptions, simulateOptions } from '../model/simulate.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario, ScenarioInput } from '../scenario/types.js';
import { runReplication } from './replication-task.js';

/** One deterministic slice of a run's replications, as `decroche run --shard i/n` writes it. */
export interface ReplicationSlice {
  format: 'decroche-replications';
  version: 1;
  /** The validated scenario, so that a merge can check every slice belongs to the same run. */
  scenario: Scenario;
  seed: number;
  /** Replications of the whole run. */
  replications: number;
  shard: { index: number; count: number };
  /** This slice's replications, each with its index in the whole run. */
  reports: { index: number; report: SimulationReport }[];
}

/**
 * The replications of shard `index` of `count` in a run of `replications`: the contiguous block
 * [⌊index·R/count⌋, ⌊(index+1)·R/count⌋), so the shards cover every replication exactly once. O(1).
 *
 * @example
 * ```ts
 * import { shardRange } from '@decroche/sim-core';
 * shardRange(5, 1, 3) // => [1, 3]
 * ```
 */
export function shardRange(replications: number, index: number, count: number): [number, number] {
  return [Math.floor((index * replications) / count), Math.floor(((index + 1) * replications) / count)];
}

/**
 * Runs shard `index` of `count` of a run of `replications` replications: one contiguous block of
 * replication indices, each with the streams it has in the whole run (master seed + index), so that
 * the shards, run anywhere, combine into exactly the one-machine result (`decroche merge`). Cost:
 * that of the block's replications. Throws as `simulate` does, and a RangeError for a bad shard.
 *
 * @example
 * ```ts
 * import { parseScenario, reportOfReplications, simulate, simulateSlice } from '@decroche/sim-core';
 * const scenario = { intervals: 2, queues: [{ id: 'q', calls: 60, handleTime: { dist: 'exponential', mean: 240 } }],
 *   pools: [{ id: 'p', serves: ['q'], agents: 4 }] };
 * const slices = [0, 1].map((index) => simulateSlice(scenario, { seed: 2, replications: 3, shard: { index, count: 2 } }));
 * slices.map((s) => s.reports.map((r) => r.index)) // => [[0], [1, 2]]
 * const merged = reportOfReplications(parseScenario(scenario), slices.flatMap((s) => s.reports.map((r) => r.report)));
 * JSON.stringify(merged) === JSON.stringify(simulate(scenario, { seed: 2, replications: 3 })) // => true
 * ```
 */
export function simulateSlice(
  scenario: ScenarioInput | string,
  options: SimulateOptions & { replications: number; shard: { index: number; count: number } },
): ReplicationSlice {
  const parsed = parseScenario(scenario);
  const { index, count } = options.shard ?? {};
  if (!(Number.isInteger(count) && count >= 1 && Number.isInteger(index) && index >= 0 && index < count)) {
    throw new RangeError(
      `shard must be { index, count } with 0 ≤ index < count, got ${JSON.stringify(options.shard)}`,
    );
  }
  const { replications } = options;
  if (!(Number.isInteger(replications) && replications >= 1)) {
    throw new RangeError(`replications must be a positive integer, got ${replications}`);
  }
  const [from, to] = shardRange(replications, index, count);
  // The work limits apply to this slice: a run too large for one machine is what shards are for.
  const { seed } = simulateOptions(parsed, { ...options, replications: Math.max(1, to - from) });
  const reports: ReplicationSlice['reports'] = [];
  for (let r = from; r < to; r++) {
    const report = runReplication({ scenario: parsed, seed, index: r });
    options.onReplication?.(r, report);
    reports.push({ index: r, report });
  }
  return {
    format: 'decroche-replications',
    version: 1,
    scenario: parsed,
    seed,
    replications,
    shard: { index, count },
    reports,
  };
}
