import { beforeAll, describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { builtLibrary } from '../built-library.js';

let lib: typeof Library;
beforeAll(async () => {
  lib = await builtLibrary();
}, 120_000);

// The study's four services on two half-hours, about 1,500 test callers and 800 other calls a run:
// small, so that the test stays fast, and busy enough that some test calls fail.
const services = ['assurance-maladie', 'caf', 'assurance-retraite', 'france-travail'];
const day = {
  intervals: 2,
  queues: services.map((id) => ({
    id,
    calls: 100,
    handleTime: { dist: 'exponential', mean: 300 },
    patience: { dist: 'exponential', mean: 600 },
    redial: { probability: 0.3, delay: { dist: 'exponential', mean: 600 } },
  })),
  pools: services.map((id) => ({ id, serves: [id], agents: 14 })),
} satisfies ScenarioInput;

describe('replayStudyParallel', () => {
  it("gives replayStudy's replay bit for bit on 1 and 2 workers", async () => {
    const expected = lib.replayStudy(day, { seed: 6, replications: 3 });
    expect(expected.total.simulated).toBeGreaterThan(0);
    for (const workers of [1, 2]) {
      const progress: number[] = [];
      const replay = await lib.replayStudyParallel(day, {
        seed: 6,
        replications: 3,
        workers,
        onProgress: (done, total) => progress.push(done / total),
      });
      expect(JSON.stringify(replay), `${workers} workers`).toBe(JSON.stringify(expected));
      expect(progress.at(-1)).toBe(1);
    }
  }, 60_000);

  it('refuses a workers count that is not a positive integer, naming the option', async () => {
    for (const workers of [0, 1.5, -2, Number.NaN]) {
      await expect(lib.replayStudyParallel(day, { workers })).rejects.toThrow(
        /^workers must be a positive integer, got/,
      );
    }
  });

  it('names the missing service when the scenario lacks one', async () => {
    const withoutCaf = {
      intervals: 2,
      queues: day.queues.filter((q) => q.id !== 'caf'),
      pools: day.pools.filter((p) => p.id !== 'caf'),
    };
    await expect(lib.replayStudyParallel(withoutCaf, { workers: 2 })).rejects.toThrow(
      "study.services[1].queue: the scenario has no queue 'caf'",
    );
  });
});
