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
});
