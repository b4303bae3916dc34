import { describe, expect, it } from 'vitest';
import { deviance, logGamma, logPoissonWeight, stirlingRemainder } from '../../src/math/log-gamma.js';

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
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 11);
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-14);
  });

  it('matches exact log-factorials up to 30!', () => {
    let logFactorial = 0;
    for (let k = 1; k <= 30; k++) {
      logFactorial += Math.log(k);
      expect(Math.abs(logGamma(k + 1) - logFactorial)).toBeLessThan(1e-13 * Math.max(1, logFactorial));
    }
  });

  it('satisfies Γ(x + 1) = x Γ(x)', () => {
    for (const x of [0.05, 0.3, 1.7, 12.5, 80])
      expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 12);
  });
});

describe('Poisson-weight helpers', () => {
  it('stirlingRemainder joins its series and ln Γ smoothly at 15', () => {
    const direct = (m: number) => logGamma(m + 1) - m * Math.log(m) + m;
    for (const m of [15.5, 16, 20, 36, 81]) expect(stirlingRemainder(m)).toBeCloseTo(direct(m), 12);
  });

  it('deviance is m ln(m/x) + x − m, accurate near m = x', () => {
    expect(deviance(3, 5)).toBeCloseTo(3 * Math.log(3 / 5) + 2, 15);
    // m = x(1 + ε): deviance ≈ x ε² / 2
    expect(deviance(1e9 * (1 + 1e-6), 1e9) / (1e9 * 0.5e-12)).toBeCloseTo(1, 5);
    expect(deviance(0, 7)).toBe(7);
  });

  it('logPoissonWeight equals the log Poisson probability, even for huge means', () => {
    // Poisson(4) at 2: e^−4 · 16 / 2
    expect(logPoissonWeight(2, 4)).toBeCloseTo(Math.log(8 * Math.exp(-4)), 14);
    // at the mode of a huge mean: −½ ln(2πλ) − 1/(12λ) + O(λ^−2)
    const lambda = 1e12;
    expect(logPoissonWeight(lambda, lambda)).toBeCloseTo(
      -0.5 * Math.log(2 * Math.PI * lambda) - 1 / (12 * lambda),
      12,
    );
    expect(logPoissonWeight(3, 0)).toBe(Number.NEGATIVE_INFINITY);
  });
});
