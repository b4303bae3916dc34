import { describe, expect, it } from 'vitest';
import { deviance, logGamma, logPoissonWeight, stirlingRemainder } from '../../src/analytic/log-gamma.js';

describe('log-gamma helpers', () => {
  it('logGamma matches exact log-factorials and Γ(½) = √π', () => {
    let logFactorial = 0;
    for (let k = 1; k <= 30; k++) {
      logFactorial += Math.log(k);
      expect(Math.abs(logGamma(k + 1) - logFactorial)).toBeLessThan(1e-13 * Math.max(1, logFactorial));
    }
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
  });

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
