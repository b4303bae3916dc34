import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXACT_WAIT_LIMIT, histogramQuantile, WAIT_BINS, waitBin } from '../../src/metrics/wait-histogram.js';

function histogramOf(waits: number[]): { h: Float64Array; max: number } {
  const h = new Float64Array(WAIT_BINS);
  let max = 0;
  for (const w of waits) {
    h[waitBin(w)]!++;
    if (waitBin(w) > EXACT_WAIT_LIMIT) max = Math.max(max, w);
  }
  return { h, max };
}

const quantile = (waits: number[], p: number): number | null => {
  const { h, max } = histogramOf(waits);
  return histogramQuantile(h, 0, p, max);
};

/** The empirical p-quantile: the ⌈p·n⌉-th smallest value. */
const empirical = (waits: number[], p: number): number =>
  [...waits].sort((a, b) => a - b)[Math.ceil(p * waits.length) - 1]!;

describe('wait histogram', () => {
  it('puts zero waits in bin 0, then 1-second bins (k − 1, k] up to 600 s, then 1 % bins', () => {
    expect(waitBin(0)).toBe(0);
    expect(waitBin(-1)).toBe(0);
    expect(waitBin(0.2)).toBe(1);
    expect(waitBin(1)).toBe(1);
    expect(waitBin(1.0001)).toBe(2);
    expect(waitBin(600)).toBe(600);
    expect(waitBin(600 * 1.005)).toBe(601);
    expect(waitBin(600 * 1.015)).toBe(602);
    expect(waitBin(1e30)).toBe(WAIT_BINS - 1);
    expect(EXACT_WAIT_LIMIT).toBe(600);
    expect(WAIT_BINS).toBe(1601); // 6.4 KB of 32-bit counts per queue × interval
  });

  it('is exact to the second below 600 s: the same interpolation as a table of 1-second bins', () => {
    // 0.5, 0.75, …, 250.25: bin (0, 1] holds 3 waits, every later bin 4. The median's target, 500
    // waits, is 1 past the 499 counted up to 125 s, a quarter of bin (125, 126]: 125.25 — which is
    // also the 500th smallest wait; likewise 900 → 225.25.
    const waits = Array.from({ length: 1000 }, (_, i) => 0.5 + i * 0.25);
    expect(quantile(waits, 0.5)).toBe(125.25);
    expect(quantile(waits, 0.9)).toBe(225.25);
  });

  it('stays within 1 s of the empirical quantile below 600 s and within 1 % beyond', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.constantFrom(0.5, 0.9),
        (waits, p) => {
          const exact = empirical(waits, p);
          const got = quantile(waits, p)!;
          // The interpolated value lies in the bin of the empirical quantile: (k − 1, k] below 600 s,
          // a bin 1 % wide beyond.
          if (exact <= EXACT_WAIT_LIMIT) expect(Math.abs(got - exact)).toBeLessThanOrEqual(1);
          else expect(Math.abs(got / exact - 1)).toBeLessThanOrEqual(0.01);
        },
      ),
    );
  });

  it('returns 0 when most calls did not wait, null when empty, and closes the last bin with the longest wait', () => {
    expect(quantile([0, 0, 0, 12], 0.5)).toBe(0);
    expect(quantile([0, 0, 0, 12], 0.9)).toBeGreaterThan(11);
    expect(histogramQuantile(new Float64Array(WAIT_BINS), 0, 0.5, 0)).toBeNull();
    const long = quantile([10_000, 10_000, 10_000], 0.5)!;
    expect(Math.abs(long / 10_000 - 1)).toBeLessThan(0.01);
    // 3e7 s (347 days) is past the last bin's lower edge, 600 × 1.01^999 ≈ 1.25e7 s: the bin ends at
    // the longest wait instead of going on for ever (1.25e7 + 0.9 × (3e7 − 1.25e7)).
    expect(quantile([3e7, 3e7], 0.9)).toBeCloseTo(600 * 1.01 ** 999 + 0.9 * (3e7 - 600 * 1.01 ** 999), 0);
  });

  it('reads a histogram at an offset inside a larger array', () => {
    const two = new Uint32Array(2 * WAIT_BINS);
    two.set(histogramOf([5, 5, 5]).h, WAIT_BINS);
    expect(histogramQuantile(two, 0, 0.5, 0)).toBeNull();
    expect(histogramQuantile(two, WAIT_BINS, 0.5, 0)).toBeCloseTo(4.5, 9);
  });
});
