import { describe, expect, it } from 'vitest';
import { advanceTails } from '../../src/analytic/answer-delay.js';

/** P(K ≥ j + 1) by summing the negative binomial directly from k = 0 (small parameters only). */
function direct(serviceRate: number, theta: number, t: number, j: number): number {
  const e = theta === 0 ? t : -Math.expm1(-theta * t) / theta;
  let d = Math.exp(-(serviceRate + theta) * t);
  let below = d;
  for (let k = 0; k < j; k++) {
    d *= (e * (serviceRate + (k + 1) * theta)) / (k + 1);
    below += d;
  }
  return 1 - below;
}

describe('advanceTails', () => {
  it('matches the Poisson tail when nobody abandons', () => {
    const tails = advanceTails(0.5, 0, 8, 0, 10);
    for (let j = 0; j <= 10; j++) expect(tails[j]).toBeCloseTo(direct(0.5, 0, 8, j), 14);
  });

  it('matches the negative binomial tail with abandonment, over a window away from 0', () => {
    for (const [rate, theta, t] of [
      [2, 0.5, 3],
      [0.3, 0.01, 40],
      [5, 2, 1],
    ] as const) {
      const tails = advanceTails(rate, theta, t, 3, 25);
      for (let j = 3; j <= 25; j++) expect(tails[j - 3]).toBeCloseTo(direct(rate, theta, t, j), 13);
    }
  });

  it('stays accurate for tiny abandonment rates, tending to Poisson', () => {
    const poisson = advanceTails(300, 0, 0.02, 0, 20);
    const patient = advanceTails(300, 1e-12, 0.02, 0, 20);
    for (let j = 0; j <= 20; j++) expect(Math.abs(patient[j]! - poisson[j]!)).toBeLessThan(1e-12);
  });

  it('gives 1 or 0 when the count lies wholly beyond or before the window', () => {
    expect([...advanceTails(1000, 0, 100, 0, 5)]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([...advanceTails(0.001, 0, 1, 900, 901)]).toEqual([0, 0]);
  });
});
