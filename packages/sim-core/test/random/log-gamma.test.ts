import { describe, expect, it } from 'vitest';
import { logGamma } from '../../src/random/log-gamma.js';

describe('logGamma', () => {
  it('matches known values', () => {
    // scipy 1.17.1: special.gammaln(x); ln Γ(1/2) = ln √π; Γ(5) = 4! = 24.
    const known: [number, number][] = [
      [0.1, 2.252712651734206],
      [0.5, 0.5723649429247],
      [3.7, 1.428072326665388],
      [100, 359.1342053695754],
      [1001, 5912.128178488164],
    ];
    for (const [x, y] of known) expect(Math.abs(logGamma(x) - y)).toBeLessThan(1e-13 * Math.max(1, y));
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 11);
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-14);
  });

  it('satisfies Γ(x + 1) = x Γ(x)', () => {
    for (const x of [0.05, 0.3, 1.7, 12.5, 80])
      expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 12);
  });
});
