import { describe, expect, it } from 'vitest';
import { Uniform, uniformProblems } from '../../src/random/uniform.js';
import { samplingFailures } from './check-sampling.js';

describe('Uniform', () => {
  it('has mean (min + max)/2, variance width²/12 and a linear CDF', () => {
    const d = new Uniform(60, 180);
    expect(d.mean).toBe(120);
    expect(d.variance).toBe(1200);
    expect([d.cdf(0), d.cdf(60), d.cdf(90), d.cdf(180), d.cdf(999), d.cdf(Number.NaN)]).toEqual([
      0, 0, 0.25, 1, 1, 0,
    ]);
  });

  it('samples match the mean and CDF', () => {
    expect(samplingFailures(new Uniform(60, 180))).toEqual([]);
    expect(samplingFailures(new Uniform(0, 1), { cdfPoints: [0.1, 0.5, 0.99] })).toEqual([]);
  });

  it('rejects a negative min and a max not above min', () => {
    expect(uniformProblems({ min: -1, max: 5 })).toEqual([
      { parameter: 'min', message: 'must be >= 0, got -1' },
    ]);
    expect(uniformProblems({ min: 5, max: 5 })).toEqual([
      { parameter: 'max', message: 'must be > 5, got 5' },
    ]);
    expect(uniformProblems({ min: 'a', max: -2 })).toEqual([
      { parameter: 'min', message: "must be a finite number, got 'a'" },
      { parameter: 'max', message: 'must be > 0, got -2' },
    ]);
    expect(() => new Uniform(10, 1, 'queues[0].redial.delay')).toThrow(
      new RangeError('queues[0].redial.delay.max must be > 10, got 1'),
    );
  });
});
