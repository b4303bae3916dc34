import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/random/normal-cdf.js';
import { normalQuantile } from '../../src/random/normal-quantile.js';

describe('normalQuantile', () => {
  it('matches known quantiles to Acklam’s 1.15e-9 relative error', () => {
    // scipy 1.17.1: stats.norm.ppf(p)
    const known: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.001, -3.090232306167813],
      [1e-10, -6.361340902404056],
      [0.9999, 3.719016485455709],
      [0.3, -0.5244005127080409],
    ];
    for (const [p, z] of known) expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1.2e-9 * Math.abs(z));
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is odd around 1/2 and the inverse of normalCdf (within the CDF’s 1.2e-7)', () => {
    for (const p of [0.01, 0.02425, 0.1, 0.4, 0.6, 0.97575, 0.999]) {
      expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 7);
      expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1.2e-7 * Math.min(p, 1 - p) + 1e-12);
    }
  });

  it('gives ±Infinity at 0 and 1', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });
});
