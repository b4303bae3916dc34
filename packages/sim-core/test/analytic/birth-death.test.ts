import { describe, expect, it } from 'vitest';
import { analyze, solveBirthDeath } from '../../src/index.js';

describe('solveBirthDeath', () => {
  it('solves M/M/1/K exactly: probabilities ∝ ρ^k', () => {
    const d = solveBirthDeath({ birthRate: () => 3, deathRate: () => 4, maxState: 6 });
    const rho = 0.75;
    const norm = (1 - rho ** 7) / (1 - rho);
    expect(d.first).toBe(0);
    expect(d.probabilities.length).toBe(7);
    for (const [k, p] of d.probabilities.entries()) expect(p).toBeCloseTo(rho ** k / norm, 15);
  });

  it('solves M/M/∞ (Poisson with mean 10,000) from its mode, leaving out negligible states', () => {
    const d = solveBirthDeath({ birthRate: () => 10_000, deathRate: (k) => k, maxState: Infinity });
    expect([9_999, 10_000]).toContain(d.mode); // both are modes: λ / 10,000 = 1
    expect(d.first).toBeGreaterThan(8_000);
    const at = (k: number) => d.probabilities[k - d.first]!;
    // Poisson(10,000) at its mode: e^−λ λ^λ / λ! = 0.003989356… (Stirling series, to 1e-9)
    expect(at(10_000)).toBeCloseTo((1 / Math.sqrt(2 * Math.PI * 10_000)) * (1 - 1 / 120_000), 12);
    expect(d.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
  });

  it('agrees with analyze on an M/M/n/K+M queue', () => {
    const [lambda, mu, n, theta, lines] = [2, 0.2, 8, 0.05, 30];
    const d = solveBirthDeath({
      birthRate: () => lambda,
      deathRate: (k) => Math.min(k, n) * mu + Math.max(0, k - n) * theta,
      maxState: lines,
    });
    const m = analyze({ arrivalRate: lambda, aht: 1 / mu, agents: n, patience: 1 / theta, lines });
    expect(d.probabilities[lines - d.first]).toBeCloseTo(m.blockProbability, 14);
  });

  it('rejects bad chains with a RangeError', () => {
    expect(() => solveBirthDeath({ birthRate: () => 1, deathRate: () => 1, maxState: -1 })).toThrow(
      /maxState.*-1/,
    );
    expect(() => solveBirthDeath({ birthRate: () => -1, deathRate: () => 1, maxState: 3 })).toThrow(
      RangeError,
    );
    expect(() => solveBirthDeath({ birthRate: () => 2, deathRate: () => 1, maxState: Infinity })).toThrow(
      /no mode/,
    );
  });
});
