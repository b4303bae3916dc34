import { describe, expect, it } from 'vitest';
import { MAX_WINDOW, TRUNCATION, walkFromMode } from '../../src/analytic/log-concave-sum.js';

describe('walkFromMode', () => {
  it('sums a geometric sequence to its closed form and stops once the rest is negligible', () => {
    const w = walkFromMode(() => 0.5, 0, 0, Number.POSITIVE_INFINITY);
    expect(w.total).toBeCloseTo(2, 15);
    expect(w.weights.length).toBeLessThan(70);
    expect(w.weights[3]).toBe(0.125);
  });

  it('walks both ways from the mode and keeps the order of states', () => {
    // Poisson(50) weights relative to the mode 50: ratio(k) = 50 / (k + 1)
    const w = walkFromMode((k) => 50 / (k + 1), 50, 0, Number.POSITIVE_INFINITY);
    expect(w.weights[50 - w.first]).toBe(1);
    expect(w.weights[51 - w.first]).toBeCloseTo(50 / 51, 15);
    expect(w.weights[49 - w.first]).toBe(1); // 50^49/49! = 50^50/50!
    // Σ_k 50^k/k! / (50^50/50!) = e^50 · 50! / 50^50
    let logRatio = 50;
    for (let k = 1; k <= 50; k++) logRatio += Math.log(k / 50);
    expect(w.total / Math.exp(logRatio)).toBeCloseTo(1, 13);
    const last = w.weights[w.weights.length - 1]!;
    expect(last).toBeLessThan(TRUNCATION * w.total);
  });

  it('respects the bounds lo and hi, and skips the array when asked', () => {
    const w = walkFromMode(() => 1, 5, 2, 9);
    expect(w.first).toBe(2);
    expect(w.weights.length).toBe(8);
    expect(walkFromMode(() => 1, 5, 2, 9, false)).toMatchObject({ total: 8, first: 2 });
  });

  it('refuses an unbounded flat chain', () => {
    expect(MAX_WINDOW).toBeGreaterThan(1e6);
    expect(() => walkFromMode(() => 1, 0, 0, Number.POSITIVE_INFINITY, false)).toThrow(/too wide/);
  });
});
