import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PoolIntegral } from '../../src/metrics/pool-integral.js';
import { directAreas, expectAreas, feedReadingMidway, randomWindow, stepSequences } from './step-levels.js';

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
        const make = () => new PoolIntegral(1, 3, from, until);
        const p = make();
        const read = feedReadingMidway(
          p,
          make,
          steps,
          [from, until],
          (integral, s) => {
            if (s.op === 'busy') integral.changeBusy(0, s.t, s.value);
            else if (s.op === 'staff') integral.setStaffed(0, s.t, s.value);
            else integral.boundary(s.t, s.value);
          },
          (integral, t) => integral.closedAt(t).busyArea,
        );
        expect(read.busyArea).toEqual(p.busyArea);
        expect(read.presentArea).toEqual(p.presentArea);
        expect(read.staffedArea).toEqual(p.staffedArea);
        expectAreas(
          p.busyArea,
          directAreas(steps, 3, from, until, (l) => l.busy),
        );
        expectAreas(
          p.presentArea,
          directAreas(steps, 3, from, until, (l) => Math.max(l.busy, l.staff)),
        );
        expectAreas(
          p.staffedArea,
          directAreas(steps, 3, from, until, (l) => l.staff),
        );
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
