import { describe, expect, it } from 'vitest';
import { Deterministic, deterministicProblems } from '../../src/random/deterministic.js';
import { samplingFailures } from './check-sampling.js';

describe('Deterministic', () => {
  it('always returns its value and draws no uniform', () => {
    const d = new Deterministic(42);
    let draws = 0;
    const counting = () => {
      draws++;
      return 0.5;
    };
    expect(d.sample(counting)).toBe(42);
    expect(draws).toBe(0);
    expect(d.variance).toBe(0);
    expect([d.cdf(41.9), d.cdf(42), d.cdf(43)]).toEqual([0, 1, 1]);
  });

  it('samples match the mean and CDF', () => {
    expect(samplingFailures(new Deterministic(42), { n: 1000 })).toEqual([]);
    expect(samplingFailures(new Deterministic(0), { n: 1000, cdfPoints: [-1, 0, 1] })).toEqual([]);
  });

  it('rejects a negative value', () => {
    expect(deterministicProblems({ value: -3 })).toEqual([
      { parameter: 'value', message: 'must be >= 0, got -3' },
    ]);
    expect(() => new Deterministic(Number.NaN)).toThrow(
      new RangeError('value must be a finite number, got NaN'),
    );
  });
});
