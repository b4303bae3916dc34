import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PoolIntegral } from '../../src/metrics/pool-integral.js';

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

/** The areas as the definition states them: each level held over each gap, clamped to the window. */
function directAreas(
  steps: { t: number; op: 'busy' | 'staff' | 'boundary'; value: number }[],
  intervals: number,
  from: number,
  until: number,
) {
  const busyArea = new Array<number>(intervals).fill(0);
  const presentArea = new Array<number>(intervals).fill(0);
  const staffedArea = new Array<number>(intervals).fill(0);
  let busy = 0;
  let staffed = 0;
  let interval = 0;
  let last = 0;
  for (const s of steps) {
    const dt = Math.min(s.t, until) - Math.max(last, from);
    if (dt > 0) {
      busyArea[interval]! += busy * dt;
      presentArea[interval]! += Math.max(busy, staffed) * dt;
      staffedArea[interval]! += staffed * dt;
    }
    last = s.t;
    if (s.op === 'busy') busy += s.value;
    else if (s.op === 'staff') staffed = s.value;
    else interval = s.value;
  }
  return { busyArea, presentArea, staffedArea };
}

describe('PoolIntegral against the areas computed directly', () => {
  it('agrees for any sequence of changes, staffing and boundaries, and any window', () => {
    const step = fc.record({
      gap: fc.double({ min: 0, max: 500, noNaN: true }),
      op: fc.constantFrom('busy' as const, 'staff' as const, 'boundary' as const),
      value: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 60 }),
        fc.double({ min: 0, max: 8000, noNaN: true }),
        fc.double({ min: 0, max: 8000, noNaN: true }),
        (raw, a, b) => {
          const intervals = 3;
          let t = 0;
          let busy = 0;
          const steps = raw.map((s) => {
            t += s.gap;
            // Busy agents never go below 0: a +value or a −1 when some are busy.
            const value =
              s.op === 'busy'
                ? busy > 0 && s.value % 2 === 1
                  ? -1
                  : s.value % 3
                : s.op === 'boundary'
                  ? s.value % intervals
                  : s.value;
            if (s.op === 'busy') busy += value;
            return { t, op: s.op, value };
          });
          steps.push({ t: t + 100, op: 'boundary', value: 0 });
          const [from, until] = a < b ? [a, b] : [b, a];
          const p = new PoolIntegral(1, intervals, from, until);
          for (const s of steps) {
            if (s.op === 'busy') p.changeBusy(0, s.t, s.value);
            else if (s.op === 'staff') p.setStaffed(0, s.t, s.value);
            else p.boundary(s.t, s.value);
          }
          const direct = directAreas(steps, intervals, from, until);
          for (const key of ['busyArea', 'presentArea', 'staffedArea'] as const) {
            for (let i = 0; i < intervals; i++) {
              // Rounding only: the same sums, taken in another order (1e-9 of the largest possible area).
              expect(Math.abs(p[key][i]! - direct[key][i]!)).toBeLessThanOrEqual(1e-9 * 60 * 8000);
            }
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
