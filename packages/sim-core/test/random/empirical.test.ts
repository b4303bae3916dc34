import { describe, expect, it } from 'vitest';
import { Empirical, empiricalProblems } from '../../src/random/empirical.js';
import { samplingFailures } from './check-sampling.js';

describe('Empirical', () => {
  const observed = [120, 30, 600, 240, 30, 95];

  it('has the mean and population variance of the values and a step CDF', () => {
    const d = new Empirical(observed);
    expect(d.mean).toBeCloseTo(1115 / 6, 12);
    const m = 1115 / 6;
    expect(d.variance).toBeCloseTo(observed.reduce((s, v) => s + (v - m) ** 2, 0) / 6, 8);
    expect([d.cdf(29), d.cdf(30), d.cdf(100), d.cdf(600), d.cdf(Number.NaN)]).toEqual([
      0,
      2 / 6,
      3 / 6,
      1,
      0,
    ]);
  });

  it('only returns observed values, each as often as observed', () => {
    const d = new Empirical(observed);
    expect(samplingFailures(d, { cdfPoints: [30, 95, 120, 240, 599] })).toEqual([]);
    const rng = (() => {
      let i = 0;
      return () => (i++ % 6) / 6 + 1e-9;
    })();
    expect(Array.from({ length: 6 }, () => d.sample(rng))).toEqual([30, 30, 95, 120, 240, 600]);
    expect(d.sample(() => 1 - 2 ** -32)).toBe(600);
  });

  it('does not keep a reference to the caller’s array', () => {
    const values = [1, 2, 3];
    const d = new Empirical(values);
    values[0] = 1000;
    expect(d.mean).toBe(2);
    expect(d.spec).toEqual({ dist: 'empirical', values: [1, 2, 3] });
  });

  it('rejects an empty list and lists every bad value', () => {
    expect(empiricalProblems({ values: [] })).toEqual([
      { parameter: 'values', message: 'must have at least 1 entry' },
    ]);
    expect(empiricalProblems({ values: 3 })).toEqual([
      { parameter: 'values', message: 'must be an array of numbers, got 3' },
    ]);
    expect(empiricalProblems({ values: [1, -2, 3, Number.NaN] })).toEqual([
      { parameter: 'values[1]', message: 'must be >= 0, got -2' },
      { parameter: 'values[3]', message: 'must be a finite number, got NaN' },
    ]);
    expect(() => new Empirical([5, -1], 'queues[0].handleTime')).toThrow(
      new RangeError('queues[0].handleTime.values[1] must be >= 0, got -1'),
    );
  });
});
