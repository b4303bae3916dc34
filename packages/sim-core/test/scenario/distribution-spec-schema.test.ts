import { describe, expect, it } from 'vitest';
import { distributionSpecSchema } from '../../src/scenario/distribution-spec-schema.js';

describe('distributionSpecSchema', () => {
  it('accepts each kind and reports parameter rules at the parameter’s path', () => {
    expect(distributionSpecSchema.parse({ dist: 'gamma', mean: 420, cv: 0.5 })).toEqual({
      dist: 'gamma',
      mean: 420,
      cv: 0.5,
    });
    const result = distributionSpecSchema.safeParse({ dist: 'empirical', values: [1, -1] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['values', 1], 'must be >= 0, got -1'],
    ]);
  });

  it('accepts a mixture and reports problems at the part’s path', () => {
    const mixture = {
      dist: 'mixture',
      parts: [
        { weight: 0.1, dist: 'deterministic', value: 0 },
        { weight: 0.9, dist: 'exponential', mean: 300 },
      ],
    };
    expect(distributionSpecSchema.parse(mixture)).toEqual(mixture);
    const bad = {
      dist: 'mixture',
      parts: [
        { weight: 0.1, dist: 'deterministic', value: 0 },
        { weight: 0.9, dist: 'empirical', values: [5, -5] },
      ],
    };
    expect(distributionSpecSchema.safeParse(bad).error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['parts', 1, 'values', 1], 'must be >= 0, got -5'],
    ]);
  });
});
