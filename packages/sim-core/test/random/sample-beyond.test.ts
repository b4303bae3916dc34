import { describe, expect, it } from 'vitest';
import { createDistribution } from '../../src/random/create-distribution.js';
import { sampleBeyond } from '../../src/random/sample-beyond.js';

const half = () => 0.5;

describe('sampleBeyond', () => {
  it('gives the time left of a deterministic time exactly, and 0 once it has passed', () => {
    const d = createDistribution({ dist: 'deterministic', value: 300 });
    expect(sampleBeyond(d, 250, half)).toBe(50);
    expect(sampleBeyond(d, 400, half)).toBe(0);
  });

  it('inverts the conditional cdf: uniform(0, 100) beyond 40 is uniform(0, 60)', () => {
    // u = F(40) + 0.5 · (1 − F(40)) = 0.7, so X = 70 and 30 is left.
    expect(sampleBeyond(createDistribution({ dist: 'uniform', min: 0, max: 100 }), 40, half)).toBeCloseTo(
      30,
      9,
    );
  });

  it('draws a lognormal time left at the conditional quantile of its uniform', () => {
    const d = createDistribution({ dist: 'lognormal', mean: 420, cv: 1 });
    const elapsed = 600;
    const left = sampleBeyond(d, elapsed, half);
    const from = d.cdf(elapsed);
    expect(d.cdf(elapsed + left)).toBeCloseTo(from + 0.5 * (1 - from), 12);
  });

  it('draws an exponential afresh (memoryless), and any time from 0 elapsed as a plain draw', () => {
    const e = createDistribution({ dist: 'exponential', mean: 300 });
    expect(sampleBeyond(e, 1000, half)).toBe(e.sample(half));
    const g = createDistribution({ dist: 'gamma', mean: 300, cv: 0.5 });
    expect(sampleBeyond(g, 0, half)).toBe(g.sample(half));
  });
});
