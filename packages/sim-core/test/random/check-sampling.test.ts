// The helper must be able to fail: a distribution whose samples are off by 2 % in scale, or whose
// CDF is wrong, is caught.
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

  it('rejects negative samples and an exact mean missed by a deterministic distribution', () => {
    const negative: AnalyticDistribution = {
      spec: { dist: 'deterministic', value: 1 },
      mean: 1,
      variance: 0,
      sample: () => -1,
      cdf: (x) => (x >= 1 ? 1 : 0),
    };
    expect(samplingFailures(negative, { n: 10 })).toContain('10 samples not finite and >= 0');
  });
});
