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
