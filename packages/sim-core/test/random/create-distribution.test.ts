import { describe, expect, it } from 'vitest';
import { createDistribution, type DistributionSpec } from '../../src/index.js';
import { samplingFailures } from './check-sampling.js';

describe('createDistribution', () => {
  const specs: DistributionSpec[] = [
    { dist: 'exponential', mean: 300 },
    { dist: 'lognormal', mean: 420, cv: 0.8 },
    { dist: 'gamma', mean: 420, cv: 0.6 },
    { dist: 'weibull', mean: 300, shape: 1.3 },
    { dist: 'deterministic', value: 60 },
    { dist: 'uniform', min: 30, max: 90 },
    { dist: 'empirical', values: [40, 80, 80, 300] },
    {
      dist: 'mixture',
      parts: [
        { weight: 0.2, dist: 'deterministic', value: 0 },
        { weight: 0.8, dist: 'exponential', mean: 300 },
      ],
    },
  ];

  it('builds each kind with its spec and mean, and its samples match (through the shared helper)', () => {
    for (const spec of specs) {
      const d = createDistribution(spec);
      expect(d.spec).toEqual(spec);
      expect(samplingFailures(d, { n: 50_000 }), spec.dist).toEqual([]);
    }
  });

  it('throws a RangeError naming every bad parameter with the path', () => {
    expect(() =>
      createDistribution(
        {
          dist: 'mixture',
          parts: [
            { weight: 0.5, dist: 'deterministic', value: 0 },
            { weight: 0.5, dist: 'lognormal', mean: 420, cv: -1 },
          ],
        },
        'queues[0].patience',
      ),
    ).toThrow(new RangeError('queues[0].patience.parts[1].cv must be > 0, got -1'));
    expect(() =>
      createDistribution({ dist: 'lognormal', mean: 420, cv: -1 }, 'queues[0].handleTime'),
    ).toThrow(new RangeError('queues[0].handleTime.cv must be > 0, got -1'));
    expect(() => createDistribution({ dist: 'gamma', mean: 0, cv: 0 })).toThrow(
      new RangeError('mean must be > 0, got 0\ncv must be > 0, got 0'),
    );
    expect(() =>
      createDistribution({ dist: 'triangular' } as unknown as DistributionSpec, 'patience'),
    ).toThrow(
      new RangeError(
        "patience.dist must be one of exponential, lognormal, gamma, weibull, deterministic, uniform, empirical, mixture; got 'triangular'",
      ),
    );
  });
});
