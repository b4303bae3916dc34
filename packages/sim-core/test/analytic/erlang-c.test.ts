import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangB, erlangC } from '../../src/index.js';
import { exactErlang } from './reference.js';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

/** Least agents with erlangC ≤ alpha, by plain linear search. */
function leastAgents(load: number, alpha: number): number {
  let n = Math.floor(load) + 1;
  while (erlangC(n, load) > alpha) n++;
  return n;
}

describe('erlangC', () => {
  it('matches R ErlangC / pyworkforce: 100 calls per 30 min, AHT 180 s, 14 agents → P(wait) 0.1741319335950498', () => {
    // ErlangC R package README (erlang_c example) and pyworkforce README (waiting_probability).
    expect(erlangC(14, 10)).toBeCloseTo(0.1741319335950498, 14);
  });

  // Tijms, A First Course in Stochastic Models (2003), Table 5.3.2, "exact" columns: least number of
  // servers c* with P(wait) ≤ α for offered load R. Each answer is checked against exact BigInt values.
  const tijms: [number, number, number, number][] = [
    [10, 12, 14, 16],
    [50, 54, 58, 61],
    [100, 106, 111, 115],
    [1000, 1017, 1034, 1046],
  ];
  it.each(tijms)('reproduces Tijms Table 5.3.2 at load %i (α = 0.5, 0.2, 0.1)', (load, c5, c2, c1) => {
    for (const [alpha, c] of [
      [0.5, c5],
      [0.2, c2],
      [0.1, c1],
    ] as const) {
      expect(leastAgents(load, alpha)).toBe(c);
      expect(exactErlang(c, BigInt(load), 1n).c).toBeLessThanOrEqual(alpha);
      expect(exactErlang(c - 1, BigInt(load), 1n).c).toBeGreaterThan(alpha);
    }
  });

  it.each([
    [1, 1n, 2n],
    [10, 8n, 1n],
    [300, 2911n, 10n],
    [1000, 9801n, 10n],
  ])('is within 1e-12 of exact BigInt sums at %i agents, load %i/%i', (agents, num, den) => {
    const exact = exactErlang(agents, num, den).c;
    expect(rel(erlangC(agents, Number(num) / Number(den)), exact)).toBeLessThan(1e-12);
  });

  it('agrees at 100,000 agents with C = B / (1 − ρ(1 − B)) from the plain recursion', () => {
    let b = 1;
    const load = 99_700;
    for (let k = 1; k <= 100_000; k++) b = (load * b) / (k + load * b);
    const rho = load / 100_000;
    expect(rel(erlangC(100_000, load), b / (1 - rho * (1 - b)))).toBeLessThan(1e-9);
  });

  it('is exactly 1 when load ≥ agents, and 0 without load', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(10, 12.5)).toBe(1);
    expect(erlangC(0, 0)).toBe(1);
    expect(erlangC(4, 0)).toBe(0);
  });

  it('rejects bad input with a RangeError naming the parameter', () => {
    expect(() => erlangC(1.5, 1)).toThrow(/agents.*1\.5/);
    expect(() => erlangC(3, -2)).toThrow(/load.*-2/);
  });

  it('lies between Erlang B and 1, and falls with agents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const load = n * share;
          const c = erlangC(n, load);
          expect(c).toBeGreaterThanOrEqual(erlangB(n, load) * (1 - 1e-12));
          expect(c).toBeLessThanOrEqual(1);
          expect(erlangC(n + 1, load)).toBeLessThanOrEqual(c);
        },
      ),
    );
  });
});
