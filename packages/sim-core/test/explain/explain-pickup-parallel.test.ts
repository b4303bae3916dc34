import { beforeAll, describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { builtLibrary } from '../built-library.js';

let lib: typeof Library;
beforeAll(async () => {
  lib = await builtLibrary();
}, 120_000);

// One overloaded service on two half-hours with redials and test callers (about 400 calls a run):
// small, so that the 11 runs stay fast.
const day = {
  seed: 7,
  intervals: 2,
  queues: [
    {
      id: 'a',
      calls: 200,
      handleTime: { dist: 'lognormal', mean: 420, cv: 1 },
      patience: { dist: 'exponential', mean: 600 },
      redial: { probability: 1 / 3, delay: { dist: 'exponential', mean: 900 } },
    },
  ],
  pools: [{ id: 'a-agents', serves: ['a'], agents: 35 }],
  mysteryCallers: { queues: ['a'], callers: 40 },
} satisfies ScenarioInput;
const causes = { a: { calls: 1.5, handleTime: 1.25 } };

describe('explainPickupParallel', () => {
  it("gives explainPickup's explanation bit for bit on 1 and 2 workers", async () => {
    const expected = lib.explainPickup(day, { causes, seed: 3, replications: 2 });
    expect(expected.runs).toHaveLength(11);
    for (const workers of [1, 2]) {
      const progress: number[] = [];
      const why = await lib.explainPickupParallel(day, {
        causes,
        seed: 3,
        replications: 2,
        workers,
        onProgress: (done, total) => progress.push(done / total),
      });
      expect(JSON.stringify(why), `${workers} workers`).toBe(JSON.stringify(expected));
      // 11 runs of 2 one-day replications, each reported as it ends.
      expect(progress).toHaveLength(22);
      expect(progress.at(-1)).toBe(1);
    }
  }, 60_000);

  it('refuses a workers count that is not a positive integer, naming the option', async () => {
    for (const workers of [0, 1.5, -2, Number.NaN]) {
      await expect(lib.explainPickupParallel(day, { workers })).rejects.toThrow(
        /^workers must be a positive integer, got/,
      );
    }
  });

  it('names the option at fault before any worker starts', async () => {
    await expect(lib.explainPickupParallel(day, { queues: ['c'], workers: 2 })).rejects.toThrow(
      "options.queues[0]: the scenario has no queue 'c' (queues: a)",
    );
  });
});
