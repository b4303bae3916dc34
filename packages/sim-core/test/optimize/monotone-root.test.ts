import { describe, expect, it } from 'vitest';
import { bracketStep, nextTrial, openBracket } from '../../src/optimize/monotone-root.js';

function solve(f: (x: number) => number, lo: number, hi: number, tolerance: number, xTolerance: number) {
  const b = openBracket(lo, f(lo), hi, f(hi), tolerance);
  if (b === null) throw new Error('no bracket');
  let steps = 0;
  while (!b.done && steps < 200) {
    const x = nextTrial(b);
    bracketStep(b, x, f(x), tolerance, xTolerance);
    steps++;
  }
  return { ...b, steps };
}

describe('monotone root finder', () => {
  it('finds the root of a smooth increasing function in fewer steps than bisection', () => {
    // x³ − 2 = 0 at 2^(1/3) = 1.259921…
    const r = solve((x) => x ** 3 - 2, 0, 4, 1e-10, 0);
    expect(r.best).toBeCloseTo(Math.cbrt(2), 9);
    // bisection needs log2(4 / 1e-9) ≈ 32 halvings for 9 decimals
    expect(r.steps).toBeLessThan(Math.log2(4 / 1e-9));
  });

  it('finds the root of a decreasing function', () => {
    const r = solve((x) => Math.exp(-x) - 0.25, 0, 10, 1e-12, 0);
    expect(r.best).toBeCloseTo(Math.log(4), 10);
  });

  it('closes on the step of a step function, where no point meets the tolerance', () => {
    // floor-like: jumps from −0.3 to +0.7 at x = 3.5 (whole agents: round(x))
    const r = solve((x) => Math.round(x) - 3.3, 0, 10, 1e-6, 1e-6);
    expect(r.hi - r.lo).toBeLessThanOrEqual(1e-6);
    expect(r.lo).toBeLessThan(3.5);
    expect(r.hi).toBeGreaterThanOrEqual(3.5);
    expect(r.fBest).toBeCloseTo(-0.3, 12);
    expect(r.steps).toBeLessThan(60);
  });

  it('has no bracket when the function keeps its sign, and is done at once when an end meets the tolerance', () => {
    expect(openBracket(0, 1, 1, 2, 0.1)).toBeNull();
    expect(openBracket(0, 0.05, 1, 2, 0.1)?.done).toBe(true);
  });
});
