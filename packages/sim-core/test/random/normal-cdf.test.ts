import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/random/normal-cdf.js';

describe('normalCdf', () => {
  it('matches known values to a relative 1.2e-7', () => {
    // scipy 1.17.1: stats.norm.cdf(z)
    const known: [number, number][] = [
      [1, 0.8413447460685429],
      [-1.96, 0.024997895148220435],
      [0, 0.5],
      [3.5, 0.9997673709209645],
      [-6, 9.865876450376946e-10],
    ];
    for (const [z, p] of known) expect(Math.abs(normalCdf(z) - p)).toBeLessThan(1.2e-7 * p);
  });

  it('is symmetric and reaches 0 and 1 at the infinities', () => {
    expect(normalCdf(0.7) + normalCdf(-0.7)).toBeCloseTo(1, 12);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });
});
