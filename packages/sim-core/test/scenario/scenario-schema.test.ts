import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/index.js';

describe('scenarioSchema', () => {
  it('applies the documented defaults (docs/scenario.md) and keeps per-interval values as written', () => {
    const parsed = scenarioSchema.parse({
      queues: [{ id: 'q', calls: 5, handleTime: { dist: 'exponential', mean: 60 } }],
      pools: [{ id: 'p', serves: ['q'], agents: [1, 2] }],
    });
    expect(parsed).toEqual({
      name: 'scenario',
      seed: 1,
      intervalSeconds: 1800,
      days: 1,
      warmupSeconds: 0,
      serviceLevelSeconds: [20],
      dailyVariationCv: 0,
      drain: false,
      queues: [{ id: 'q', calls: 5, handleTime: { dist: 'exponential', mean: 60 } }],
      pools: [{ id: 'p', serves: ['q'], agents: [1, 2] }],
    });
  });

  it('is strict about unknown keys at every level', () => {
    const base = {
      queues: [{ id: 'q', calls: 5, handleTime: { dist: 'exponential', mean: 60 } }],
      pools: [{ id: 'p', serves: ['q'], agents: 1 }],
    };
    expect(scenarioSchema.safeParse({ ...base, colour: 'red' }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...base, pools: [{ ...base.pools[0], skill: 1 }] }).success).toBe(
      false,
    );
    expect(
      scenarioSchema.safeParse({
        ...base,
        queues: [{ ...base.queues[0], handleTime: { dist: 'exponential', mean: 60, sd: 1 } }],
      }).success,
    ).toBe(false);
  });
});
