import { beforeAll, describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.js';
import type { CalibrateOptions } from '../../src/optimize/calibrate.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { builtLibrary } from '../built-library.js';

let lib: typeof Library;
beforeAll(async () => {
  lib = await builtLibrary();
}, 120_000);

// About 400 calls a run: small, so that the test stays fast.
const day = {
  intervals: 2,
  intervalSeconds: 3600,
  queues: [
    {
      id: 'caf',
      calls: 200,
      handleTime: { dist: 'exponential', mean: 300 },
      patience: { dist: 'exponential', mean: 120 },
    },
  ],
  pools: [{ id: 'agents', serves: ['caf'], agents: 16 }],
} satisfies ScenarioInput;
const options: CalibrateOptions = {
  parameters: [
    { queue: 'caf', knob: 'patienceMean', min: 10, max: 3000, measure: 'pickupRate', target: 0.9 },
  ],
  seed: 3,
  replications: 3,
};

describe('calibrateParallel', () => {
  it("gives calibrate's fit bit for bit on 1 and 2 workers", async () => {
    const expected = lib.calibrate(day, options);
    expect(Math.abs(expected.parameters[0]!.residual)).toBeLessThanOrEqual(0.001);
    for (const workers of [1, 2]) {
      const evaluations: number[] = [];
      const fit = await lib.calibrateParallel(day, {
        ...options,
        workers,
        onEvaluation: (n) => evaluations.push(n),
      });
      expect(JSON.stringify(fit), `${workers} workers`).toBe(JSON.stringify(expected));
      expect(evaluations).toEqual(Array.from({ length: expected.evaluations }, (_, k) => k + 1));
    }
  }, 60_000);

  it('refuses a workers count that is not a positive integer, naming the option', async () => {
    for (const workers of [0, 2.5, Number.POSITIVE_INFINITY]) {
      await expect(lib.calibrateParallel(day, { ...options, workers })).rejects.toThrow(
        /^workers must be a positive integer, got/,
      );
    }
  });

  it("rejects with calibrate's message when a run on the workers finds the target out of reach", async () => {
    const unreachable = { ...options, parameters: [{ ...options.parameters[0]!, target: 0.999 }] };
    await expect(lib.calibrateParallel(day, { ...unreachable, workers: 2 })).rejects.toThrow(
      /^parameters\[0\]\.target: 0\.999 is not reached/,
    );
  }, 60_000);
});
