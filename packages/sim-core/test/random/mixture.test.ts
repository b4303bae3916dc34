import { describe, expect, it } from 'vitest';
import { createDistribution } from '../../src/index.js';
import { distributionProblems } from '../../src/random/distribution-problems.js';
import { Exponential } from '../../src/random/exponential.js';
import { Gamma } from '../../src/random/gamma.js';
import { Mixture, mixtureProblems } from '../../src/random/mixture.js';
import { samplingFailures } from './check-sampling.js';

describe('Mixture', () => {
  // Patience with an atom at 0 (a tenth of callers hang up as soon as they must wait) plus an
  // exponential of mean 300 s. By hand: mean 0.9·300 = 270; E[X²] = 0.9·2·300² = 162,000, so the
  // variance is 162,000 − 270² = 89,100; P(X ≤ x) = 0.1 + 0.9·(1 − e^(−x/300)).
  const patience = createDistribution({
    dist: 'mixture',
    parts: [
      { weight: 0.1, dist: 'deterministic', value: 0 },
      { weight: 0.9, dist: 'exponential', mean: 300 },
    ],
  });

  it('has the mean, variance and CDF of the weighted parts', () => {
    expect(patience.mean).toBeCloseTo(270, 10);
    expect(patience.variance).toBeCloseTo(89_100, 6);
    expect(patience.cdf(-1)).toBe(0);
    expect(patience.cdf(0)).toBeCloseTo(0.1, 14);
    expect(patience.cdf(300)).toBeCloseTo(0.1 + 0.9 * (1 - Math.exp(-1)), 14);
    expect(patience.cdf(Number.NaN)).toBe(0);
  });

  it('samples match the atom, the mean and the CDF (through the shared helper)', () => {
    expect(samplingFailures(patience, { cdfPoints: [0, 30, 300, 900] })).toEqual([]);
    // three parts of different kinds; weights as a planner might write them
    const handleTime = createDistribution({
      dist: 'mixture',
      parts: [
        { weight: 0.5, dist: 'lognormal', mean: 240, cv: 0.5 },
        { weight: 0.3, dist: 'gamma', mean: 840, cv: 0.8 },
        { weight: 0.2, dist: 'uniform', min: 30, max: 90 },
      ],
    });
    expect(samplingFailures(handleTime, { seed: 2, cdfPoints: [60, 200, 400, 1000, 2000] })).toEqual([]);
  });

  it('draws each part as often as its weight', () => {
    // two parts that never overlap: the share of draws ≤ 50 is the first part's weight
    const halves = createDistribution({
      dist: 'mixture',
      parts: [
        { weight: 0.25, dist: 'uniform', min: 0, max: 50 },
        { weight: 0.75, dist: 'uniform', min: 100, max: 150 },
      ],
    });
    expect(halves.cdf(50)).toBe(0.25);
    expect(samplingFailures(halves, { seed: 3, cdfPoints: [25, 50, 99, 125] })).toEqual([]);
  });

  it('keeps the spec with its weights, and can be built from distributions', () => {
    const built = new Mixture([
      { weight: 0.4, distribution: new Exponential(60) },
      { weight: 0.6, distribution: new Gamma(600, 0.5) },
    ]);
    expect(built.spec).toEqual({
      dist: 'mixture',
      parts: [
        { weight: 0.4, dist: 'exponential', mean: 60 },
        { weight: 0.6, dist: 'gamma', mean: 600, cv: 0.5 },
      ],
    });
    expect(built.mean).toBeCloseTo(0.4 * 60 + 0.6 * 600, 10);
  });

  it('refuses bad weights, an empty list and nested mixtures, naming the part', () => {
    const exp = { dist: 'exponential', mean: 60 };
    expect(
      distributionProblems({
        dist: 'mixture',
        parts: [
          { ...exp, weight: 0 },
          { ...exp, weight: 1 },
        ],
      }),
    ).toEqual([{ parameter: 'parts[0].weight', message: 'must be > 0, got 0' }]);
    expect(
      distributionProblems({
        dist: 'mixture',
        parts: [
          { ...exp, weight: 0.5 },
          { ...exp, weight: 0.4 },
        ],
      }),
    ).toEqual([{ parameter: 'parts', message: 'weights must sum to 1, got 0.9' }]);
    expect(distributionProblems({ dist: 'mixture', parts: [] })).toEqual([
      { parameter: 'parts', message: 'must have at least 1 entry' },
    ]);
    expect(distributionProblems({ dist: 'mixture' })).toEqual([
      { parameter: 'parts', message: 'is required' },
    ]);
    expect(
      distributionProblems({
        dist: 'mixture',
        parts: [{ ...exp, weight: 0.5 }, { weight: 0.5, dist: 'mixture', parts: [{ ...exp, weight: 1 }] }, 3],
      }),
    ).toEqual([
      {
        parameter: 'parts[1].dist',
        message: 'must not be a mixture: write one mixture whose parts carry the multiplied weights',
      },
      { parameter: 'parts[2]', message: 'must be a distribution with a weight, got 3' },
    ]);
    expect(
      mixtureProblems({ parts: [{ weight: 1, dist: 'empirical', values: [1, -1] }] }, distributionProblems),
    ).toEqual([{ parameter: 'parts[0].values[1]', message: 'must be >= 0, got -1' }]);
    expect(() => new Mixture([{ weight: 1, distribution: patience }], 'queues[2].patience')).toThrow(
      new RangeError(
        'queues[2].patience.parts[0].dist must not be a mixture: write one mixture whose parts carry the multiplied weights',
      ),
    );
  });

  it('accepts weights that sum to 1 up to rounding, and uses them divided by their sum', () => {
    const thirds = new Mixture([
      { weight: 0.3333333, distribution: new Exponential(10) },
      { weight: 0.3333333, distribution: new Exponential(20) },
      { weight: 0.3333333, distribution: new Exponential(30) },
    ]);
    expect(thirds.mean).toBeCloseTo(20, 12);
  });
});
