import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_NAMES, distributionProblems } from '../../src/random/distribution-problems.js';

describe('distributionProblems', () => {
  it('finds nothing wrong with valid specs of every kind', () => {
    const valid = [
      { dist: 'exponential', mean: 1 },
      { dist: 'lognormal', mean: 1, cv: 1 },
      { dist: 'gamma', mean: 1, cv: 3 },
      { dist: 'weibull', mean: 1, shape: 0.1 },
      { dist: 'deterministic', value: 0 },
      { dist: 'uniform', min: 0, max: 1 },
      { dist: 'empirical', values: [0, 3] },
      { dist: 'mixture', parts: [{ weight: 1, dist: 'deterministic', value: 0 }] },
    ];
    expect(valid.map((s) => s.dist)).toEqual([...DISTRIBUTION_NAMES]);
    expect(valid.flatMap(distributionProblems)).toEqual([]);
  });

  it('dispatches to the rules of each kind', () => {
    expect(distributionProblems({ dist: 'weibull', mean: 1, shape: 0 })).toEqual([
      { parameter: 'shape', message: 'must be >= 0.1, got 0' },
    ]);
    expect(distributionProblems({ dist: 'gamma', mean: 1 })).toEqual([
      { parameter: 'cv', message: 'is required' },
    ]);
  });

  it('names an unknown kind and a spec that is not an object', () => {
    expect(distributionProblems({ dist: 'normal' })).toEqual([
      {
        parameter: 'dist',
        message:
          "must be one of exponential, lognormal, gamma, weibull, deterministic, uniform, empirical, mixture; got 'normal'",
      },
    ]);
    expect(distributionProblems(42)).toEqual([
      { parameter: 'dist', message: 'must be a distribution spec object, got 42' },
    ]);
  });
});
