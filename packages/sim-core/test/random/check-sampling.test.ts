// The helper must be able to fail: a distribution whose samples are off by 2 % in scale, whose CDF
// is wrong, whose samples are negative, or whose exact mean is missed, is caught.
import { describe, expect, it } from 'vitest';
import { type AnalyticDistribution, createDistribution } from '../../src/index.js';
import { samplingFailures } from './check-sampling.js';

describe('samplingFailures', () => {
  const exponential = createDistribution({ dist: 'exponential', mean: 100 });

  it('accepts a correct distribution', () => {
    expect(samplingFailures(exponential)).toEqual([]);
  });

  it('rejects samples whose mean is 2 % off', () => {
    const biased: AnalyticDistribution = {
      ...exponential,
      sample: (rng) => 1.02 * exponential.sample(rng),
      cdf: (x) => exponential.cdf(x),
    };
    const failures = samplingFailures(biased);
    expect(failures.some((f) => f.startsWith('sample mean'))).toBe(true);
  });

  it('rejects a CDF that does not match the samples', () => {
    const wrongCdf: AnalyticDistribution = {
      ...exponential,
      sample: (rng) => exponential.sample(rng),
      cdf: (x) => 1 - Math.exp(-x / 110),
    };
    const failures = samplingFailures(wrongCdf);
    expect(failures.some((f) => f.startsWith('share <='))).toBe(true);
  });

  it('rejects negative samples', () => {
    const negative: AnalyticDistribution = {
      spec: { dist: 'deterministic', value: 1 },
      mean: 1,
      variance: 0,
      sample: () => -1,
      cdf: (x) => (x >= 1 ? 1 : 0),
    };
    expect(samplingFailures(negative, { n: 10, cdfPoints: [1] })).toEqual([
      '10 samples not finite and >= 0',
      'sample mean -1 vs mean 1 (tolerance 0)',
    ]);
  });

  it('holds a distribution of variance 0 to its exact mean: a miss of 1e-9 is caught', () => {
    const almost: AnalyticDistribution = {
      spec: { dist: 'deterministic', value: 60 },
      mean: 60,
      variance: 0,
      sample: () => 60 + 1e-9,
      cdf: (x) => (x >= 60 ? 1 : 0),
    };
    const failures = samplingFailures(almost, { n: 10, cdfPoints: [61] });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^sample mean 60\.000000001\d* vs mean 60 \(tolerance 0\)$/);
    const exact = createDistribution({ dist: 'deterministic', value: 60 });
    expect(samplingFailures(exact, { n: 10, cdfPoints: [59, 60] })).toEqual([]);
  });
});
