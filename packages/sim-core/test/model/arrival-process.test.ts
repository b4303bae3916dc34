import { describe, expect, it } from 'vitest';
import { ArrivalProcess } from '../../src/model/arrival-process.js';

const uFor = (e: number) => 1 - Math.exp(-e); // the uniform whose unit exponential is e

describe('ArrivalProcess', () => {
  it('inverts the integrated piecewise-constant rate', () => {
    // Intervals of 100 s with 50, 0 and 200 calls: rates 0.5, 0 and 2 per second.
    const a = new ArrivalProcess([[50, 0, 200]], 100, [1]);
    expect(a.next(0, 10, uFor(1))).toBeCloseTo(12, 9); // 1 / 0.5
    // From 90: 10 s at 0.5 use 5 of 6 units, interval 1 is empty, the last unit takes 0.5 s at 2/s.
    expect(a.next(0, 90, uFor(6))).toBeCloseTo(200.5, 9);
    expect(a.next(0, 250, uFor(150))).toBe(Number.POSITIVE_INFINITY); // past the last interval
  });

  it('multiplies each day by its busyness factor', () => {
    const a = new ArrivalProcess([[100]], 100, [1, 3]);
    expect(a.next(0, 0, uFor(0.5))).toBeCloseTo(0.5, 9);
    expect(a.next(0, 100, uFor(0.6))).toBeCloseTo(100.2, 9);
  });

  it('produces Poisson counts with the expected mean per interval', () => {
    // Seeded LCG for the test only; 200 intervals of 60 calls expected → 12,000 ± 3 × √12,000.
    let x = 12345;
    const u = () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x / 2147483648;
    };
    const a = new ArrivalProcess([Array.from({ length: 200 }, () => 60)], 1800, [1]);
    let n = 0;
    for (let t = a.next(0, 0, u()); t < Number.POSITIVE_INFINITY; t = a.next(0, t, u())) n++;
    expect(Math.abs(n - 12_000)).toBeLessThan(3 * Math.sqrt(12_000));
  });
});
