import { describe, expect, it } from 'vitest';
import { Lognormal, lognormalProblems } from '../../src/random/lognormal.js';
import { samplingFailures } from './check-sampling.js';

describe('Lognormal', () => {
  it('has the analytic mean, variance and CDF', () => {
    const d = new Lognormal(420, 1);
    expect(d.mean).toBe(420);
    expect(d.variance).toBeCloseTo(420 ** 2, 8);
    expect(d.sigma).toBeCloseTo(Math.sqrt(Math.LN2), 14);
    // scipy 1.17.1: stats.lognorm.cdf(x, sqrt(ln 2), scale=exp(ln 420 - ln(2)/2))
    expect(d.cdf(100)).toBeCloseTo(0.09553252949937802, 6);
    expect(d.cdf(420)).toBeCloseTo(0.6613964514133366, 6);
    expect(d.cdf(1000)).toBeCloseTo(0.9276144077876953, 6);
    expect(d.cdf(0)).toBe(0);
    expect(d.cdf(Number.NaN)).toBe(0);
  });

  it('samples match the mean and CDF at low, medium and high cv', () => {
    expect(samplingFailures(new Lognormal(420, 0.3))).toEqual([]);
    expect(samplingFailures(new Lognormal(420, 1))).toEqual([]);
    // cv 2: the sample mean converges slowly (heavy tail), hence more draws.
    expect(samplingFailures(new Lognormal(60, 2), { n: 400_000, seed: 3 })).toEqual([]);
  });

  it('stays finite at the extreme uniforms', () => {
    const d = new Lognormal(100, 1);
    expect(d.sample(() => 0)).toBeGreaterThan(0);
    expect(Number.isFinite(d.sample(() => 1 - 2 ** -32))).toBe(true);
  });

  it('rejects a mean or cv that is not > 0, naming each', () => {
    expect(lognormalProblems({ mean: -1, cv: 0 })).toEqual([
      { parameter: 'mean', message: 'must be > 0, got -1' },
      { parameter: 'cv', message: 'must be > 0, got 0' },
    ]);
    expect(() => new Lognormal(420, -1, 'queues[0].handleTime')).toThrow(
      new RangeError('queues[0].handleTime.cv must be > 0, got -1'),
    );
  });
});
