import { beforeAll, describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { builtLibrary } from '../built-library.js';

let lib: typeof Library;
beforeAll(async () => {
  lib = await builtLibrary();
}, 120_000);

// About 300 calls a run: small, so that the test stays fast.
const day = {
  intervals: 2,
  queues: [
    {
      id: 'caf',
      calls: [150, 160],
      handleTime: { dist: 'lognormal', mean: 300, cv: 1 },
      patience: { dist: 'exponential', mean: 240 },
      redial: { probability: 0.4, delay: { dist: 'exponential', mean: 600 } },
    },
  ],
  pools: [{ id: 'caf-agents', serves: ['caf'], agents: [25, 28] }],
} satisfies ScenarioInput;
const axes = { agentsFactor: [0.8, 1.1], calls: [1, 1.2] };

describe('sweepParallel', () => {
  it("gives sweep's result bit for bit on 1 and 2 workers", async () => {
    const expected = JSON.stringify(lib.sweep(day, axes, { seed: 5, replications: 3 }));
    for (const workers of [1, 2]) {
      const progress: number[] = [];
      const grid = await lib.sweepParallel(day, axes, {
        seed: 5,
        replications: 3,
        workers,
        onProgress: (done, total) => progress.push(done / total),
      });
      expect(JSON.stringify(grid), `${workers} workers`).toBe(expected);
      expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
    }
  }, 60_000);

  it('refuses a workers count that is not a positive integer, naming the option', async () => {
    for (const workers of [0, 1.5, -2, Number.NaN]) {
      await expect(lib.sweepParallel(day, axes, { workers })).rejects.toThrow(
        /^workers must be a positive integer, got/,
      );
    }
  });

  it("refuses a point beyond simulate's work limit with its message", async () => {
    // 310 calls × 1e8 × up to 1 / (1 − 0.4) attempts each: over the 1e9 expected attempts allowed.
    await expect(lib.sweepParallel(day, { calls: [1, 1e8] }, { workers: 2 })).rejects.toThrow(
      /^queues\[0\]\.calls: this run would simulate about/,
    );
  });
});
