import { describe, expect, it } from 'vitest';
import { Gamma, gammaProblems } from '../../src/random/gamma.js';
import { samplingFailures } from './check-sampling.js';

describe('Gamma', () => {
  it('has shape 1/cv², scale mean·cv² and the analytic CDF', () => {
    const d = new Gamma(10, 0.5);
    expect(d.shape).toBeCloseTo(4, 14);
    expect(d.scale).toBeCloseTo(2.5, 14);
    expect(d.variance).toBeCloseTo(25, 12);
    // scipy 1.17.1: stats.gamma.cdf(x, 4, scale=2.5)
    expect(d.cdf(5)).toBeCloseTo(0.14287653950145296, 12);
    expect(d.cdf(10)).toBeCloseTo(0.566529879633291, 12);
    expect(d.cdf(20)).toBeCloseTo(0.957619888008316, 12);
    // scipy 1.17.1: stats.gamma.cdf(x, 0.25, scale=40)
    const long = new Gamma(10, 2);
    expect(long.cdf(0.1)).toBeCloseTo(0.2465737656340302, 12);
    expect(long.cdf(10)).toBeCloseTo(0.7436779447314609, 12);
    expect(long.cdf(50)).toBeCloseTo(0.9527532988560908, 12);
    expect(long.cdf(-1)).toBe(0);
  });

  it('with cv 1 is the exponential', () => {
    const d = new Gamma(300, 1);
    expect(d.cdf(300)).toBeCloseTo(1 - Math.exp(-1), 12);
  });

  it('samples match the mean and CDF for shape above and below 1 (Marsaglia–Tsang and its boost)', () => {
    expect(samplingFailures(new Gamma(10, 0.2))).toEqual([]);
    expect(samplingFailures(new Gamma(10, 0.5))).toEqual([]);
    expect(samplingFailures(new Gamma(10, 1))).toEqual([]);
    expect(samplingFailures(new Gamma(10, 2), { seed: 4, cdfPoints: [0.01, 0.1, 1, 10, 50] })).toEqual([]);
  });

  it('rejects a mean or cv that is not > 0', () => {
    expect(gammaProblems({ mean: 1, cv: Number.NaN })).toEqual([
      { parameter: 'cv', message: 'must be a finite number, got NaN' },
    ]);
    expect(() => new Gamma(0, 1, 'dailyVariation')).toThrow(
      new RangeError('dailyVariation.mean must be > 0, got 0'),
    );
  });
});
