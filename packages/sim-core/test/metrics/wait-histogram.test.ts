import { describe, expect, it } from 'vitest';
import {
  histogramQuantile,
  LINEAR_WAIT_LIMIT,
  WAIT_BINS,
  waitBin,
} from '../../src/metrics/wait-histogram.js';

function histogramOf(waits: number[]): Float64Array {
  const h = new Float64Array(WAIT_BINS);
  for (const w of waits) h[waitBin(w)]!++;
  return h;
}

describe('wait histogram', () => {
  it('puts zero waits in bin 0, then 1-second bins (k − 1, k], then 1 % bins', () => {
    expect(waitBin(0)).toBe(0);
    expect(waitBin(-1)).toBe(0);
    expect(waitBin(0.2)).toBe(1);
    expect(waitBin(1)).toBe(1);
    expect(waitBin(1.0001)).toBe(2);
    expect(waitBin(3600)).toBe(3600);
    expect(waitBin(3600 * 1.005)).toBe(3601);
    expect(waitBin(3600 * 1.015)).toBe(3602);
    expect(waitBin(1e30)).toBe(WAIT_BINS - 1);
    expect(LINEAR_WAIT_LIMIT).toBe(3600);
  });

  it('gives quantiles within a bin of the exact ones', () => {
    const waits = Array.from({ length: 1000 }, (_, i) => 0.5 + i * 0.25); // 0.5 … 250.25
    const h = histogramOf(waits);
    // Exact empirical quantiles: the 500th and 900th smallest values, 125.25 and 225.25.
    expect(Math.abs(histogramQuantile(h, 0, 0.5)! - 125.25)).toBeLessThanOrEqual(1);
    expect(Math.abs(histogramQuantile(h, 0, 0.9)! - 225.25)).toBeLessThanOrEqual(1);
  });

  it('returns 0 when most calls did not wait, null when empty, and 1 % precision beyond an hour', () => {
    expect(histogramQuantile(histogramOf([0, 0, 0, 12]), 0, 0.5)).toBe(0);
    expect(histogramQuantile(histogramOf([0, 0, 0, 12]), 0, 0.9)).toBeGreaterThan(11);
    expect(histogramQuantile(new Float64Array(WAIT_BINS), 0, 0.5)).toBeNull();
    const long = histogramQuantile(histogramOf([10_000, 10_000, 10_000]), 0, 0.5)!;
    expect(Math.abs(long / 10_000 - 1)).toBeLessThan(0.01);
  });

  it('reads a histogram at an offset inside a larger array', () => {
    const two = new Float64Array(2 * WAIT_BINS);
    two.set(histogramOf([5, 5, 5]), WAIT_BINS);
    expect(histogramQuantile(two, 0, 0.5)).toBeNull();
    expect(histogramQuantile(two, WAIT_BINS, 0.5)).toBeCloseTo(4.5, 9);
  });
});
