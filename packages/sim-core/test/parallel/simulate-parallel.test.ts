// simulateParallel runs on worker threads, which load the built library: this test uses dist/.
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { builtLibrary } from '../built-library.js';

let lib: typeof Library;

beforeAll(async () => {
  lib = await builtLibrary();
}, 120_000);

const scenario: ScenarioInput = {
  intervals: 3,
  serviceLevelSeconds: [20, 60],
  queues: [
    {
      id: 'caf',
      calls: [300, 450, 250],
      handleTime: { dist: 'lognormal', mean: 300, cv: 1 },
      patience: { dist: 'exponential', mean: 240 },
      redial: { probability: 0.4, delay: { dist: 'exponential', mean: 600 } },
    },
    { id: 'cnav', calls: 150, handleTime: { dist: 'exponential', mean: 360 } },
  ],
  pools: [
    { id: 'caf-agents', serves: ['caf'], agents: [45, 60, 40] },
    { id: 'cnav-agents', serves: ['cnav', 'caf'], agents: 32 },
  ],
};

describe('simulateParallel', () => {
  it("hands each replication's days over from the workers as simulate gives them (keepDays, onDay)", async () => {
    // Thursday 5 January 2023, then Friday 6 and Monday 9 (weekends closed).
    const days = { ...scenario, days: 3, calendar: { start: '2023-01-05', weekdays: { sat: 0, sun: 0 } } };
    const expected = lib.simulate(days, { seed: 4, replications: 3, keepDays: true });
    const seen: string[] = [];
    const report = await lib.simulateParallel(days, {
      seed: 4,
      replications: 3,
      workers: 2,
      keepDays: true,
      onDay: (day, r) => seen.push(`${r} ${day.date}`),
    });
    expect(JSON.stringify(report)).toBe(JSON.stringify(expected));
    expect(report.days?.map((d) => d.date)).toEqual(['2023-01-05', '2023-01-06', '2023-01-09']);
    expect(seen.sort()).toEqual(
      [0, 1, 2].flatMap((r) => ['2023-01-05', '2023-01-06', '2023-01-09'].map((d) => `${r} ${d}`)),
    );
    const streamedOnly = await lib.simulateParallel(days, {
      seed: 4,
      replications: 3,
      workers: 2,
      onDay: () => {},
    });
    expect(JSON.stringify(streamedOnly)).toBe(
      JSON.stringify(lib.simulate(days, { seed: 4, replications: 3 })),
    );
  }, 60_000);

  it('gives bit-identical reports with 1, 2 and 4 workers, equal to simulate', async () => {
    const options = { seed: 11, replications: 6 };
    const expected = JSON.stringify(lib.simulate(scenario, options));
    for (const workers of [1, 2, 4]) {
      const report = await lib.simulateParallel(scenario, { ...options, workers });
      expect(JSON.stringify(report), `${workers} workers`).toBe(expected);
    }
  }, 60_000);

  it("hands each replication's report to onReplication and keeps them in index order", async () => {
    const seen: number[] = [];
    const report = await lib.simulateParallel(scenario, {
      seed: 11,
      replications: 3,
      workers: 2,
      keepReplications: true,
      onReplication: (index) => seen.push(index),
    });
    expect(seen.sort()).toEqual([0, 1, 2]);
    expect(report.replications).toHaveLength(3);
    // Replication 0 is the plain run with the master seed; the mean is the mean of the kept reports.
    expect(report.replications?.[0]).toEqual(lib.simulate(scenario, { seed: 11 }));
    const offered = report.replications!.map((r) => r.total.offered);
    expect(report.total.offered).toBe((offered[0]! + offered[1]! + offered[2]!) / 3);
  }, 60_000);

  it('refuses a bad worker count and work beyond the limits before starting any worker', async () => {
    await expect(lib.simulateParallel(scenario, { workers: 0 })).rejects.toThrow(
      'workers must be a positive integer, got 0',
    );
    await expect(lib.simulateParallel(scenario, { replications: 10, maxAttempts: 1000 })).rejects.toThrow(
      /^queues\[0\]\.calls: this run would simulate about/,
    );
  });
});
