import { describe, expect, it } from 'vitest';
import { Exponential, exponentialProblems } from '../../src/random/exponential.js';
import { samplingFailures } from './check-sampling.js';

describe('Exponential', () => {
  it('has the analytic mean, variance, rate and CDF', () => {
    const d = new Exponential(300);
    expect(d.mean).toBe(300);
    expect(d.variance).toBe(90_000);
    expect(d.rate).toBeCloseTo(1 / 300, 15);
    // P(X ≤ mean) = 1 - e^-1 for every exponential.
    expect(d.cdf(300)).toBeCloseTo(1 - Math.exp(-1), 14);
    expect(d.cdf(0)).toBe(0);
    expect(d.cdf(-5)).toBe(0);
    expect(d.cdf(Number.NaN)).toBe(0);
    expect(d.cdf(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('samples match the mean and CDF', () => {
    expect(samplingFailures(new Exponential(180))).toEqual([]);
    expect(samplingFailures(new Exponential(0.001), { seed: 2 })).toEqual([]);
  });

  it('returns 0, not -Infinity or NaN, when the uniform is exactly 0', () => {
    expect(new Exponential(10).sample(() => 0)).toBe(-0);
    expect(new Exponential(10).sample(() => 1 - 2 ** -32)).toBeCloseTo(10 * 32 * Math.LN2, 10);
  });

  it('rejects a mean that is not a finite number > 0', () => {
    expect(exponentialProblems({ mean: 0 })).toEqual([{ parameter: 'mean', message: 'must be > 0, got 0' }]);
    expect(exponentialProblems({ mean: undefined })).toEqual([{ parameter: 'mean', message: 'is required' }]);
    expect(exponentialProblems({ mean: Number.POSITIVE_INFINITY })).toEqual([
      { parameter: 'mean', message: 'must be a finite number, got Infinity' },
    ]);
    expect(() => new Exponential(-1, 'queues[0].patience')).toThrow(
      new RangeError('queues[0].patience.mean must be > 0, got -1'),
    );
  });
});
