import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PoolIntegral } from '../../src/metrics/pool-integral.js';
import { directAreas, LEVEL_TOLERANCE, randomWindow, stepSequences } from './step-levels.js';

describe('PoolIntegral', () => {
  it('integrates busy, present and staffed agents per interval; leaving agents count as present', () => {
    const p = new PoolIntegral(1, 2, 0, 200);
    p.setStaffed(0, 0, 2);
    p.changeBusy(0, 0, 1); // 1 busy of 2
    p.changeBusy(0, 50, 1); // 2 busy
    p.boundary(100, 1);
    p.setStaffed(0, 100, 1); // staffing drops: one busy agent is leaving
    p.changeBusy(0, 150, -1); // the leaving agent finishes: 1 busy of 1
    p.boundary(200, 1);
    // Interval 0: busy 1 × 50 + 2 × 50 = 150; present 2 × 100; staffed 200.
    // Interval 1: busy 2 × 50 + 1 × 50 = 150; present 2 × 50 + 1 × 50 = 150; staffed 100.
    expect(Array.from(p.busyArea)).toEqual([150, 150]);
    expect(Array.from(p.presentArea)).toEqual([200, 150]);
    expect(Array.from(p.staffedArea)).toEqual([200, 100]);
  });

  it('ignores the warm-up', () => {
    const p = new PoolIntegral(1, 1, 30, 100);
    p.setStaffed(0, 0, 4);
    p.changeBusy(0, 10, 2);
    p.boundary(100, 0);
    expect(p.busyArea[0]).toBe(140);
    expect(p.presentArea[0]).toBe(280);
  });
});

describe('PoolIntegral against the areas computed directly', () => {
  it('agrees for any sequence of busy changes, staffing and boundaries, and any window', () => {
    fc.assert(
      fc.property(stepSequences(['busy', 'staff']), randomWindow(), (steps, [from, until]) => {
        const p = new PoolIntegral(1, 3, from, until);
        // Read midway after every step: the copies must leave the final sums exactly as without them.
        const read = new PoolIntegral(1, 3, from, until);
        for (const s of steps) {
          for (const integral of [p, read]) {
            if (s.op === 'busy') integral.changeBusy(0, s.t, s.value);
            else if (s.op === 'staff') integral.setStaffed(0, s.t, s.value);
            else integral.boundary(s.t, s.value);
          }
          const midway = read.closedAt(s.t);
          const soFar = directAreas(
            steps.filter((x) => x.t <= s.t),
            3,
            from,
            Math.min(until, s.t),
            (l) => l.busy,
          );
          for (let i = 0; i < 3; i++) {
            expect(Math.abs(midway.busyArea[i]! - soFar[i]!)).toBeLessThanOrEqual(LEVEL_TOLERANCE);
          }
        }
        expect(read.busyArea).toEqual(p.busyArea);
        expect(read.presentArea).toEqual(p.presentArea);
        expect(read.staffedArea).toEqual(p.staffedArea);
        const busy = directAreas(steps, 3, from, until, (l) => l.busy);
        const present = directAreas(steps, 3, from, until, (l) => Math.max(l.busy, l.staff));
        const staffed = directAreas(steps, 3, from, until, (l) => l.staff);
        for (let i = 0; i < 3; i++) {
          expect(Math.abs(p.busyArea[i]! - busy[i]!)).toBeLessThanOrEqual(LEVEL_TOLERANCE);
          expect(Math.abs(p.presentArea[i]! - present[i]!)).toBeLessThanOrEqual(LEVEL_TOLERANCE);
          expect(Math.abs(p.staffedArea[i]! - staffed[i]!)).toBeLessThanOrEqual(LEVEL_TOLERANCE);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
