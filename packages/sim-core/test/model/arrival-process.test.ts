import { describe, expect, it } from 'vitest';
import { ArrivalProcess } from '../../src/model/arrival-process.js';
import { createStreams } from '../../src/random/streams.js';

const uFor = (e: number) => 1 - Math.exp(-e); // the uniform whose unit exponential is e

describe('ArrivalProcess', () => {
  it('inverts the integrated piecewise-constant rate', () => {
    // Intervals of 100 s with 50, 0 and 200 calls: rates 0.5, 0 and 2 per second.
    const a = new ArrivalProcess([[50, 0, 200]], 100, [[1]]);
    expect(a.next(0, 10, uFor(1))).toBeCloseTo(12, 9); // 1 / 0.5
    // From 90: 10 s at 0.5 use 5 of 6 units, interval 1 is empty, the last unit takes 0.5 s at 2/s.
    expect(a.next(0, 90, uFor(6))).toBeCloseTo(200.5, 9);
    expect(a.next(0, 250, uFor(150))).toBe(Number.POSITIVE_INFINITY); // past the last interval
  });

  it('multiplies each day by its busyness factor', () => {
    const a = new ArrivalProcess([[100]], 100, [[1, 3]]);
    expect(a.next(0, 0, uFor(0.5))).toBeCloseTo(0.5, 9);
    expect(a.next(0, 100, uFor(0.6))).toBeCloseTo(100.2, 9);
  });

  it('gives each queue its own day factors (calendar peaks), across days and empty intervals', () => {
    // Two intervals of 100 s a day, 3 days. Queue 0: 100 then 0 calls, days × 1, 2, 0.5;
    // queue 1: 1 then 1 call, days × 4, 1, 1.
    const a = new ArrivalProcess(
      [
        [100, 0],
        [1, 1],
      ],
      100,
      [
        [1, 2, 0.5],
        [4, 1, 1],
      ],
    );
    // Queue 0 from 150: interval 1 is empty, day 1's first interval runs at 2/s: 3 units take 1.5 s.
    expect(a.next(0, 150, uFor(3))).toBeCloseTo(201.5, 9);
    // From 290: 10 s at 2/s use 20 units; from 300 the empty interval, then 0.5/s on day 2.
    expect(a.next(0, 290, uFor(2))).toBeCloseTo(291, 9);
    expect(a.next(0, 290, uFor(22))).toBeCloseTo(404, 5); // 1 − e^−22 keeps 6 digits
    // Queue 1 at 0.04/s on day 0 (8 units in its 200 s), then 0.01/s: 9 units end 100 s into day 1.
    expect(a.next(1, 0, uFor(9))).toBeCloseTo(300, 6);
    expect(a.next(1, 0, uFor(13))).toBe(Number.POSITIVE_INFINITY); // 8 + 2 + 2 units in all
  });

  it('produces Poisson counts: the expected mean and a variance equal to it, interval by interval', () => {
    // 2,000 intervals of 60 expected calls. For Poisson counts the total is Poisson(120,000) and the
    // dispersion index D = Σ (nᵢ − n̄)² / n̄ is χ² with 1,999 degrees of freedom (Cochran 1954, "Some
    // methods for strengthening the common χ² tests"), i.e. z = (D − 1,999) / √3,998 ≈ N(0, 1). Both
    // must lie within 4.4 standard deviations: a false alarm once in 50,000 runs for each. A
    // variance 20 % off (z ≈ 6.3) or counts of a regular, non-Poisson stream (z ≈ −31.6) fail.
    const intervals = 2000;
    const rng = createStreams(7).stream('arrival-process-test');
    const a = new ArrivalProcess([Array.from({ length: intervals }, () => 60)], 1800, [[1]]);
    const counts = new Array<number>(intervals).fill(0);
    for (let t = a.next(0, 0, rng()); t < Number.POSITIVE_INFINITY; t = a.next(0, t, rng())) {
      counts[Math.floor(t / 1800)]!++;
    }
    const total = counts.reduce((s, n) => s + n, 0);
    expect(Math.abs(total - 120_000) / Math.sqrt(120_000)).toBeLessThan(4.4);
    expect(Math.abs(dispersionZ(counts))).toBeLessThan(4.4);
    // the statistic has the power to see a wrong dispersion
    expect(dispersionZ(counts.map(() => 60))).toBeLessThan(-4.4);
  });
});

/** z of the dispersion index of `counts` (χ² with n − 1 degrees of freedom for Poisson counts). */
function dispersionZ(counts: readonly number[]): number {
  const mean = counts.reduce((s, n) => s + n, 0) / counts.length;
  const d = counts.reduce((s, n) => s + (n - mean) ** 2, 0) / mean;
  const df = counts.length - 1;
  return (d - df) / Math.sqrt(2 * df);
}
