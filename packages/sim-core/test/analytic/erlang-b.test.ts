import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangB } from '../../src/index.js';
import { erlangBRecursion, exactErlang } from './reference.js';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

describe('erlangB', () => {
  it('matches the textbook value B(10, 8) = 0.121661 (Tijms, A First Course in Stochastic Models, (5.2.2))', () => {
    expect(erlangB(10, 8)).toBeCloseTo(0.1216610643, 9);
  });

  it.each([
    [1, 3n, 4n],
    [10, 8n, 1n],
    [10, 73n, 10n],
    [300, 280n, 1n],
    [300, 2911n, 10n],
    [1000, 950n, 1n],
    [1000, 10_234n, 10n],
  ])('is within 1e-12 of exact BigInt sums at %i agents, load %i/%i', (agents, num, den) => {
    const exact = exactErlang(agents, num, den).b;
    expect(rel(erlangB(agents, Number(num) / Number(den)), exact)).toBeLessThan(1e-12);
  });

  it.each([
    [100_000, 99_000],
    [100_000, 99_900.5],
    [100_000, 100_000],
    [100_000, 120_000],
    [50_000, 49_123.25],
  ])('is within 1e-9 of the forward recursion at %i agents, load %f', (agents, load) => {
    expect(rel(erlangB(agents, load), erlangBRecursion(agents, load))).toBeLessThan(1e-9);
  });

  it('handles the edges: no agents blocks all, no load blocks none, tiny values do not overflow', () => {
    expect(erlangB(0, 5)).toBe(1);
    expect(erlangB(0, 0)).toBe(1);
    expect(erlangB(3, 0)).toBe(0);
    const tiny = erlangB(1000, 500);
    expect(tiny).toBeGreaterThan(0);
    expect(rel(tiny, erlangBRecursion(1000, 500))).toBeLessThan(1e-9);
    expect(erlangB(100_000, 10)).toBe(0); // far below the smallest double
    expect(rel(1 - erlangB(5, 1e12), 5e-12)).toBeLessThan(1e-4); // 1 − B ≈ n / load
  });

  it('rejects bad input with a RangeError naming the parameter', () => {
    expect(() => erlangB(-1, 2)).toThrow(/agents.*-1/);
    expect(() => erlangB(2.5, 2)).toThrow(RangeError);
    expect(() => erlangB(2, -1)).toThrow(/load.*-1/);
    expect(() => erlangB(2, Number.NaN)).toThrow(/load.*NaN/);
    expect(() => erlangB(2, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('is a probability, decreasing in agents and increasing in load', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        (n, a) => {
          const b = erlangB(n, a);
          expect(b).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(1);
          expect(erlangB(n + 1, a)).toBeLessThanOrEqual(b);
          expect(erlangB(n, a * 1.1 + 0.01)).toBeGreaterThanOrEqual(b * (1 - 1e-12));
        },
      ),
    );
  });

  it('keeps its per-load memo pure: the same answers cold, warm, and after another load', () => {
    // erlangB memoises the Poisson sums of the last load (erlang-b.ts); nothing may depend on it.
    const agents = [950, 1000, 1010, 1200, 1500];
    const cold = agents.map((n) => {
      erlangB(10, 7.5); // another load in between: the memo is rebuilt every time
      return erlangB(n, 1000);
    });
    const warm = agents.map((n) => erlangB(n, 1000));
    const reversed = [...agents]
      .reverse()
      .map((n) => erlangB(n, 1000))
      .reverse();
    expect(warm).toEqual(cold);
    expect(reversed).toEqual(cold);
  });
});
