import { describe, expect, it } from 'vitest';
import { Weibull, weibullProblems } from '../../src/random/weibull.js';
import { samplingFailures } from './check-sampling.js';

describe('Weibull', () => {
  it('has scale mean/Γ(1 + 1/k), the analytic variance and CDF', () => {
    const d = new Weibull(300, 1.5);
    // scipy 1.17.1: 300 / special.gamma(1 + 1/1.5), stats.weibull_min.var / .cdf(x, 1.5, scale=λ)
    expect(d.scale).toBeCloseTo(332.3196502297418, 9);
    expect(d.variance).toBeCloseTo(41489.86375856866, 6);
    expect(d.cdf(100)).toBeCloseTo(0.15216494246204307, 12);
    expect(d.cdf(300)).toBeCloseTo(0.5758739440661402, 12);
    expect(d.cdf(900)).toBeCloseTo(0.9884013617812903, 12);
    expect(d.cdf(0)).toBe(0);
    // Shape 0.5: λ = mean / Γ(3) = 150, variance = λ²(Γ(5) - Γ(3)²) = 150² × 20 = 450,000.
    const longTail = new Weibull(300, 0.5);
    expect(longTail.scale).toBeCloseTo(150, 10);
    expect(longTail.variance).toBeCloseTo(450_000, 4);
  });

  it('with shape 1 is the exponential', () => {
    expect(new Weibull(300, 1).cdf(300)).toBeCloseTo(1 - Math.exp(-1), 12);
  });

  it('samples match the mean and CDF', () => {
    expect(samplingFailures(new Weibull(300, 0.7))).toEqual([]);
    expect(samplingFailures(new Weibull(300, 1.5))).toEqual([]);
    expect(samplingFailures(new Weibull(300, 5))).toEqual([]);
  });

  it('rejects a shape below 0.1, where doubles no longer hold the draws', () => {
    expect(weibullProblems({ mean: 10, shape: 0.05 })).toEqual([
      { parameter: 'shape', message: 'must be >= 0.1, got 0.05' },
    ]);
    expect(() => new Weibull(10, 0, 'queues[2].patience')).toThrow(
      new RangeError('queues[2].patience.shape must be >= 0.1, got 0'),
    );
  });
});
